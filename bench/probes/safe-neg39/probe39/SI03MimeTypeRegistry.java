package probe39;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps file extensions to MIME types for a static-file server. The table is built lazily by
 * {@link #table()} on first use and thrown away by {@link #reset()}; all reads and writes of the
 * table go through that getter.
 *
 * <p>This class is single-threaded: the server configures it on its start-up thread only.
 */
public final class SI03MimeTypeRegistry {
    private TreeMap<String, String> byExtension; // null until first use, null again after reset()
    private int builds;

    private Map<String, String> table() {
        if (byExtension == null) {
            byExtension = new TreeMap<>();
            byExtension.put("css", "text/css");
            byExtension.put("html", "text/html");
            byExtension.put("js", "text/javascript");
            byExtension.put("json", "application/json");
            byExtension.put("png", "image/png");
            builds++;
        }
        return byExtension;
    }

    public String typeOf(String fileName) {
        if (fileName == null) {
            throw new IllegalArgumentException("fileName is null");
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "application/octet-stream";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return table().getOrDefault(ext, "application/octet-stream");
    }

    public void register(String extension, String mimeType) {
        if (extension == null || extension.isEmpty() || mimeType == null || !mimeType.contains("/")) {
            throw new IllegalArgumentException("bad registration");
        }
        table().put(extension.toLowerCase(Locale.ROOT), mimeType);
    }

    public boolean unregister(String extension) {
        if (extension == null) {
            throw new IllegalArgumentException("extension is null");
        }
        return table().remove(extension.toLowerCase(Locale.ROOT)) != null;
    }

    public List<String> extensionsFor(String mimeType) {
        if (mimeType == null) {
            throw new IllegalArgumentException("mimeType is null");
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : table().entrySet()) {
            if (e.getValue().equals(mimeType)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    public int size() {
        return table().size();
    }

    public boolean isLoaded() {
        return byExtension != null;
    }

    public void reset() {
        byExtension = null;
    }

    public int builds() {
        return builds;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI03MimeTypeRegistry registry = new SI03MimeTypeRegistry();
        check(!registry.isLoaded(), "lazy before use");
        registry.reset();
        check(registry.typeOf("README").equals("application/octet-stream"), "no extension");
        check(!registry.isLoaded(), "still lazy: no lookup needed");
        check(registry.typeOf("index.HTML").equals("text/html"), "html");
        check(registry.isLoaded() && registry.builds() == 1, "built once");
        expect(IllegalArgumentException.class, () -> registry.typeOf(null));
        expect(IllegalArgumentException.class, () -> registry.register("x", "nope"));
        expect(IllegalArgumentException.class, () -> registry.register(null, "a/b"));
        expect(IllegalArgumentException.class, () -> registry.unregister(null));
        expect(IllegalArgumentException.class, () -> registry.extensionsFor(null));

        registry.register("htm", "text/html");
        check(registry.extensionsFor("text/html").equals(List.of("htm", "html")), "html extensions");
        check(registry.unregister("PNG"), "png removed");
        check(registry.size() == 5, "size " + registry.size());

        registry.reset();
        registry.reset();
        check(!registry.isLoaded(), "dropped");
        check(registry.unregister("htm") == false, "rebuilt table has no htm");
        check(registry.builds() == 2, "rebuilt on unregister");
        registry.reset();
        registry.register("wasm", "application/wasm");
        check(registry.typeOf("a.wasm").equals("application/wasm"), "wasm");
        registry.reset();
        check(registry.extensionsFor("image/png").equals(List.of("png")), "png back after reset");
        check(registry.size() == 5, "default size after reset");
        System.out.println("OK SI03MimeTypeRegistry");
    }
}
