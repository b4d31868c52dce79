package probe18;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** File-extension to MIME type registry for a static file server, created only via factories. */
public final class N35MimeTypeRegistry {
    private final Map<String, String> byExtension;
    private Map<String, List<String>> byType;

    private N35MimeTypeRegistry(Map<String, String> byExtension) {
        this.byExtension = byExtension;
    }

    public static N35MimeTypeRegistry empty() {
        return new N35MimeTypeRegistry(new HashMap<>());
    }

    public static N35MimeTypeRegistry defaults() {
        Map<String, String> m = new HashMap<>();
        m.put("html", "text/html");
        m.put("htm", "text/html");
        m.put("css", "text/css");
        m.put("js", "text/javascript");
        m.put("png", "image/png");
        return new N35MimeTypeRegistry(m);
    }

    public static N35MimeTypeRegistry of(Map<String, String> entries) {
        return new N35MimeTypeRegistry(entries == null ? new HashMap<>() : new HashMap<>(entries));
    }

    public N35MimeTypeRegistry merge(N35MimeTypeRegistry other) {
        Map<String, String> combined = new HashMap<>(byExtension);
        combined.putAll(other.byExtension);
        return new N35MimeTypeRegistry(combined);
    }

    public void register(String extension, String type) {
        byExtension.put(extension.toLowerCase(Locale.ROOT), type);
        byType = null;
    }

    public String lookup(String filename) {
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return byExtension.getOrDefault(ext, "application/octet-stream");
    }

    public List<String> extensionsFor(String type) {
        if (byType == null) {
            byType = new HashMap<>();
            byExtension.forEach((ext, t) -> byType.computeIfAbsent(t, k -> new ArrayList<>()).add(ext));
            byType.values().forEach(list -> list.sort(null));
        }
        return List.copyOf(byType.getOrDefault(type, List.of()));
    }

    public static void main(String[] args) {
        N35MimeTypeRegistry reg = defaults();
        System.out.println(reg.lookup("index.HTML") + " " + reg.lookup("README") + " " + reg.extensionsFor("text/html"));
        reg.register("SVG", "image/svg+xml");
        System.out.println(reg.extensionsFor("image/svg+xml") + " " + reg.extensionsFor("nothing"));
        N35MimeTypeRegistry custom = of(Map.of("wasm", "application/wasm"));
        N35MimeTypeRegistry merged = empty().merge(custom).merge(of(null)).merge(reg);
        System.out.println(merged.lookup("a.wasm") + " " + merged.lookup("logo.svg") + " " + empty().extensionsFor("x"));
    }
}
