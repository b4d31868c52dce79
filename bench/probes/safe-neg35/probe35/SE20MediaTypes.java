package probe35;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of MIME types for a static-file server. The well-known constants are created
 * while the class is being initialised, before the extension index exists, so the
 * constructor only appends to the DECLARED list (initialised first); the index is built
 * by the static block that runs after every constant, and runtime registrations go
 * through a factory that indexes the finished instance.
 */
public final class SE20MediaTypes {
    private static final List<SE20MediaTypes> DECLARED = new ArrayList<>();

    public static final SE20MediaTypes JSON = new SE20MediaTypes("application/json", "json");
    public static final SE20MediaTypes HTML = new SE20MediaTypes("text/html", "html", "htm");
    public static final SE20MediaTypes PNG = new SE20MediaTypes("image/png", "png");
    public static final SE20MediaTypes TEXT = new SE20MediaTypes("text/plain", "txt", "log");

    private static final Map<String, SE20MediaTypes> BY_EXTENSION; // null until the block below

    static {
        Map<String, SE20MediaTypes> index = new ConcurrentHashMap<>();
        for (SE20MediaTypes type : DECLARED) {
            for (String extension : type.extensions) {
                index.put(extension, type);
            }
        }
        BY_EXTENSION = index;
    }

    private final String mime;
    private final List<String> extensions;

    private SE20MediaTypes(String mime, String... extensions) {
        if (extensions.length == 0) {
            throw new IllegalArgumentException("no extension for " + mime);
        }
        this.mime = mime;
        this.extensions = List.of(extensions);
        DECLARED.add(this);
    }

    public static SE20MediaTypes register(String mime, String... extensions) {
        for (String extension : extensions) {
            if (BY_EXTENSION.containsKey(extension)) {
                throw new IllegalArgumentException("extension already mapped: " + extension);
            }
        }
        SE20MediaTypes type = new SE20MediaTypes(mime, extensions);
        for (String extension : extensions) {
            BY_EXTENSION.put(extension, type);
        }
        return type;
    }

    public static SE20MediaTypes forFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        SE20MediaTypes type = dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new NoSuchElementException("unknown media type for " + fileName);
        }
        return type;
    }

    public static int knownExtensions() {
        return BY_EXTENSION.size();
    }

    public String mime() {
        return mime;
    }

    public static void main(String[] args) {
        check(knownExtensions() == 6 && DECLARED.size() == 4, "declared constants indexed");
        check(forFile("index.HTM") == HTML && forFile("app.json").mime().equals("application/json"), "lookup");
        check(forFile("server.log") == TEXT && forFile("logo.png") == PNG, "lookup 2");
        expect(NoSuchElementException.class, () -> forFile("README"));
        expect(NoSuchElementException.class, () -> forFile("movie.webm"));

        SE20MediaTypes webm = register("video/webm", "webm");
        check(forFile("movie.webm") == webm && knownExtensions() == 7, "registered at runtime");
        expect(IllegalArgumentException.class, () -> register("text/x-log", "log"));
        expect(IllegalArgumentException.class, () -> register("application/x-empty"));
        check(knownExtensions() == 7, "failed registrations leave the index alone");
        System.out.println("SE20MediaTypes ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
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
}
