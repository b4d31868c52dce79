package probe20;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

public final class S10MimeTypeRegistry {
    private static Map<String, String> overrides;

    private S10MimeTypeRegistry() {
    }

    private static final class Defaults {
        static final Map<String, String> TYPES = new HashMap<>();
        static {
            TYPES.put("html", "text/html");
            TYPES.put("css", "text/css");
            TYPES.put("js", "text/javascript");
            TYPES.put("png", "image/png");
            TYPES.put("json", "application/json");
        }
    }

    public static synchronized void override(String ext, String type) {
        if (overrides == null) {
            overrides = new HashMap<>();
        }
        overrides.put(ext.toLowerCase(Locale.ROOT), type);
    }

    public static synchronized void resetOverrides() {
        overrides = null;
    }

    public static synchronized String lookup(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (overrides != null) {
            String o = overrides.get(ext);
            if (o != null) {
                return o;
            }
        }
        return Defaults.TYPES.getOrDefault(ext, "application/octet-stream");
    }

    public static void main(String[] args) {
        System.out.println(lookup("index.HTML"));
        System.out.println(lookup("README"));
        override("js", "application/javascript");
        override("wasm", "application/wasm");
        System.out.println(lookup("app.js"));
        System.out.println(lookup("module.wasm"));
        resetOverrides();
        System.out.println(lookup("app.js"));
        System.out.println(lookup("module.wasm"));
        System.out.println(lookup("data.json"));
    }
}
