package probe32;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * File-extension to MIME type registry (like javax.activation's MimetypesFileTypeMap or
 * Spring's MediaTypeFactory). The table is loaded on demand and unloaded to save memory.
 * Readers take a local copy of the field and test the copy.
 */
public class SA03MimeTypeRegistry {

    private static final String DEFAULT_TYPE = "application/octet-stream";
    private static final String BUILTIN = "html=text/html\ncss=text/css\njs=text/javascript\n"
            + "png=image/png\njpg=image/jpeg\njson=application/json\n# comment line\n";

    private Map<String, String> byExtension; // null until load(), null again after unload()

    public void load() {
        Map<String, String> table = new HashMap<>();
        for (String line : BUILTIN.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            table.put(line.substring(0, eq), line.substring(eq + 1));
        }
        byExtension = table;
    }

    public String lookup(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return DEFAULT_TYPE;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        Map<String, String> table = byExtension;
        if (table == null) {
            return DEFAULT_TYPE;
        }
        String type = table.get(ext);
        return type != null ? type : DEFAULT_TYPE;
    }

    public void register(String extension, String mimeType) {
        Map<String, String> table = byExtension;
        if (table == null) {
            table = new HashMap<>();
            byExtension = table;
        }
        table.put(extension.toLowerCase(Locale.ROOT), mimeType);
    }

    public boolean isKnown(String extension) {
        Map<String, String> table = byExtension;
        return table != null && table.containsKey(extension.toLowerCase(Locale.ROOT));
    }

    public int size() {
        Map<String, String> table = this.byExtension;
        if (table == null) {
            return 0;
        }
        return table.size();
    }

    public void unload() {
        byExtension = null;
    }

    public static void main(String[] args) {
        SA03MimeTypeRegistry registry = new SA03MimeTypeRegistry();
        System.out.println("unloaded: " + registry.lookup("index.html") + " size=" + registry.size()
                + " known=" + registry.isKnown("html"));
        registry.load();
        System.out.println("index.html -> " + registry.lookup("index.html"));
        System.out.println("photo.JPG -> " + registry.lookup("photo.JPG"));
        System.out.println("README -> " + registry.lookup("README"));
        registry.register("wasm", "application/wasm");
        System.out.println("size=" + registry.size() + " wasm known=" + registry.isKnown("WASM"));
        registry.unload();
        registry.unload();
        System.out.println("after unload: " + registry.lookup("a.css") + " size=" + registry.size());
        registry.register("md", "text/markdown");
        System.out.println("ad-hoc: " + registry.lookup("notes.md") + " size=" + registry.size());
        registry.load();
        System.out.println("reloaded size=" + registry.size());
    }
}
