package probe30;

import java.util.HashMap;
import java.util.Locale;

/** Process-wide MIME type registry, initialised explicitly at application start-up. */
public final class T19MimeTypes {
    public static final String DEFAULT = "application/octet-stream";

    private static HashMap<String, String> byExtension; // populated by init(), released by shutdown()
    private static boolean initialized;

    private T19MimeTypes() {
    }

    public static synchronized void init() {
        if (initialized) return;
        byExtension = new HashMap<>();
        byExtension.put("html", "text/html");
        byExtension.put("css", "text/css");
        byExtension.put("js", "text/javascript");
        byExtension.put("png", "image/png");
        byExtension.put("json", "application/json");
        initialized = true;
    }

    public static synchronized boolean isInitialized() {
        return initialized;
    }

    public static synchronized String lookup(String fileName) {
        if (!initialized) return DEFAULT;
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) return DEFAULT;
        return byExtension.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }

    public static synchronized void register(String extension, String type) {
        if (!initialized) throw new IllegalStateException("MIME registry not initialised");
        if (!type.contains("/")) throw new IllegalArgumentException("not a MIME type: " + type);
        byExtension.put(extension.toLowerCase(Locale.ROOT), type);
    }

    public static synchronized int knownCount() {
        return initialized ? byExtension.size() : 0;
    }

    public static synchronized void shutdown() {
        initialized = false;
        byExtension = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        assert !isInitialized() && knownCount() == 0;
        assert lookup("index.html").equals(DEFAULT);
        expectFailure(() -> register("wasm", "application/wasm"));
        shutdown();

        init();
        init(); // idempotent
        assert isInitialized() && knownCount() == 5;
        assert lookup("INDEX.HTML").equals("text/html");
        assert lookup("archive.tar.gz").equals(DEFAULT) && lookup("Makefile").equals(DEFAULT);
        assert lookup("trailing.").equals(DEFAULT);
        register("WASM", "application/wasm");
        expectFailure(() -> register("x", "nonsense"));
        assert lookup("app.wasm").equals("application/wasm") && knownCount() == 6;

        shutdown();
        assert lookup("app.wasm").equals(DEFAULT) && knownCount() == 0;
        expectFailure(() -> register("wasm", "application/wasm"));
        init();
        assert lookup("app.wasm").equals(DEFAULT) && knownCount() == 5;
        shutdown();
        System.out.println("T19 ok");
    }
}
