package probe23b;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** HTTP server MIME table; a field initialiser reads the map declared (and initialised) below it. */
public class G10MimeTypes {
    private static final String FILE = "G10MimeTypes.java";
    private static final int L1 = 24;
    static final String DEFAULT_PROP = "probe23b.mime.default";

    private final TreeMap<String, String> overrides = new TreeMap<>();
    private final String defaultType = lookupDefault();
    private final Map<String, String> byExtension = loadBuiltins();
    private final String htmlType = byExtension.get("html");

    private String lookupDefault() {
        String ext = System.getProperty(DEFAULT_PROP);
        if (ext == null) {
            return "application/octet-stream";
        }
        String o = overrides.get(ext);
        return o != null ? o : byExtension.get(ext); // BUG
    }

    private static Map<String, String> loadBuiltins() {
        Map<String, String> m = new HashMap<>();
        m.put("html", "text/html");
        m.put("css", "text/css");
        m.put("json", "application/json");
        m.put("bin", "application/octet-stream");
        return m;
    }

    String typeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return defaultType;
        }
        String ext = fileName.substring(dot + 1);
        String o = overrides.get(ext);
        if (o != null) {
            return o;
        }
        return byExtension.getOrDefault(ext, defaultType);
    }

    String lookupLater(String ext) {
        String o = overrides.get(ext);
        return o != null ? o : byExtension.get(ext);
    }

    void override(String ext, String type) {
        overrides.put(ext, type);
    }

    String html() {
        return htmlType;
    }

    int known() {
        return byExtension.size() + overrides.size();
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        System.clearProperty(DEFAULT_PROP);
        G10MimeTypes types = new G10MimeTypes();
        assert "text/html".equals(types.html());
        assert "text/css".equals(types.typeOf("site.css"));
        assert "application/octet-stream".equals(types.typeOf("README"));
        assert "application/octet-stream".equals(types.typeOf("a.xyz"));
        types.override("md", "text/markdown");
        assert "text/markdown".equals(types.typeOf("notes.md"));
        assert "application/json".equals(types.lookupLater("json"));
        assert "text/markdown".equals(types.lookupLater("md"));
        assert types.known() == 5;

        try {
            System.setProperty(DEFAULT_PROP, "bin");
            new G10MimeTypes();
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        } finally {
            System.clearProperty(DEFAULT_PROP);
        }
    }
}
