package probe27;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Static-file handler helper: a process-wide MIME table loaded lazily under the class lock, plus per-handler overrides. */
public final class F28MimeTypes {
    private static final String BUILTIN = "html=text/html\nhtm=text/html\ncss=text/css\njs=text/javascript\n"
            + "json=application/json\npng=image/png\nsvg=image/svg+xml\n";

    private static Map<String, String> byExtension; // loaded on first use; reset() drops it (used by tests)
    private static int loads;

    private Map<String, String> overrides; // per-handler registrations; null until register()
    private final String defaultType;

    public F28MimeTypes(String defaultType) { this.defaultType = defaultType; }

    static synchronized Map<String, String> table() {
        Map<String, String> t = byExtension;
        if (t == null) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(BUILTIN));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> m = new HashMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            t = Collections.unmodifiableMap(m);
            byExtension = t;
            loads++;
        }
        return t;
    }

    static synchronized void reset() { byExtension = null; }

    static synchronized int loads() { return loads; }

    public F28MimeTypes register(String extension, String type) {
        if (overrides == null) overrides = new HashMap<>();
        overrides.put(extension.toLowerCase(Locale.ROOT), type);
        return this;
    }

    public void clearOverrides() { overrides = null; }

    public int overrideCount() {
        Map<String, String> o = overrides;
        return o == null ? 0 : o.size();
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    public String contentType(String path) {
        String ext = extension(path);
        if (ext.isEmpty()) return defaultType;
        Map<String, String> localOverrides = overrides; // handlers are shared by request threads: read the field once
        if (localOverrides != null) {
            String custom = localOverrides.get(ext);
            if (custom != null) return custom;
        }
        return table().getOrDefault(ext, defaultType);
    }

    public Map<String, String> responseHeaders(String path, long length) {
        String type = contentType(path);
        String major = type.substring(0, type.indexOf('/'));
        String value = switch (major) {
            case "text" -> type + "; charset=utf-8";
            case "application" -> type.endsWith("json") ? type + "; charset=utf-8" : type;
            default -> type;
        };
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", value);
        headers.put("Content-Length", Long.toString(length));
        if (major.equals("image")) headers.put("Cache-Control", "max-age=86400");
        return headers;
    }

    public static void main(String[] args) {
        reset();
        F28MimeTypes handler = new F28MimeTypes("application/octet-stream");
        assert handler.overrideCount() == 0 && loads() == 0;
        assert handler.contentType("/static/README").equals("application/octet-stream") && loads() == 0;
        assert handler.contentType("/static/app.JS").equals("text/javascript") && loads() == 1;
        assert handler.contentType("/img/logo.png").equals("image/png") && loads() == 1;
        assert handler.contentType("/dir.d/file").equals("application/octet-stream");
        assert handler.responseHeaders("/index.html", 120)
                .equals(Map.of("Content-Type", "text/html; charset=utf-8", "Content-Length", "120"));
        assert handler.responseHeaders("/a.png", 5).get("Cache-Control").equals("max-age=86400");

        handler.register("MD", "text/markdown").register("json", "application/vnd.api+json");
        assert handler.overrideCount() == 2 && handler.contentType("/notes.md").equals("text/markdown");
        assert handler.responseHeaders("/x.json", 2).get("Content-Type").equals("application/vnd.api+json; charset=utf-8");
        assert new F28MimeTypes("text/plain").contentType("/x.json").equals("application/json");
        handler.clearOverrides();
        assert handler.overrideCount() == 0 && handler.contentType("/notes.md").equals("application/octet-stream");

        reset();
        assert handler.contentType("/s.svg").equals("image/svg+xml") && loads() == 2;
        System.out.println("F28 ok");
    }
}
