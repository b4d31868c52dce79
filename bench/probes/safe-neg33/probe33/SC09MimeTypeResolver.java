package probe33;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves file extensions to MIME types, like the FileTypeMap in javax.activation or a
 * static-file handler. The table is built lazily on first use (synchronized accessor) and
 * can be evicted under memory pressure, after which it is rebuilt on demand.
 */
public final class SC09MimeTypeResolver {

    private static Map<String, String> table;
    private static int builds;

    private SC09MimeTypeResolver() {
    }

    private static synchronized Map<String, String> table() {
        Map<String, String> t = table;
        if (t == null) {
            t = new HashMap<>();
            t.put("html", "text/html");
            t.put("css", "text/css");
            t.put("js", "text/javascript");
            t.put("png", "image/png");
            t.put("json", "application/json");
            table = t;
            builds++;
        }
        return t;
    }

    public static String resolve(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "application/octet-stream";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return table().getOrDefault(ext, "application/octet-stream");
    }

    public static synchronized void register(String ext, String mime) {
        if (!mime.contains("/")) {
            throw new IllegalArgumentException("not a MIME type: " + mime);
        }
        table().put(ext.toLowerCase(Locale.ROOT), mime);
    }

    public static synchronized void evict() {
        table = null;
    }

    public static synchronized boolean isLoaded() {
        return table != null;
    }

    public static synchronized int builds() {
        return builds;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        check(!isLoaded() && builds() == 0, "not loaded");
        evict();
        try {
            register("x", "nope");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok: validation happens before the table is touched
        }
        check(!isLoaded(), "still not loaded after failed register");
        check(resolve("index.HTML").equals("text/html"), "html");
        check(isLoaded() && builds() == 1, "loaded once");
        register("wasm", "application/wasm");
        check(resolve("a.wasm").equals("application/wasm"), "wasm");
        check(resolve("README").equals("application/octet-stream"), "no ext");
        check(resolve("trailing.").equals("application/octet-stream"), "trailing dot");

        for (int i = 0; i < 2; i++) {
            evict();
            check(!isLoaded(), "evicted");
            check(resolve("README").equals("application/octet-stream"), "no ext does not load");
            check(!isLoaded(), "still evicted");
        }
        check(resolve("a.wasm").equals("application/octet-stream"), "custom entry gone");
        check(builds() == 2, "rebuilt");
        register("svg", "image/svg+xml");
        check(resolve("logo.svg").equals("image/svg+xml") && builds() == 2, "svg");
        System.out.println("SC09 ok");
    }
}
