package probe21b;

import java.util.HashMap;
import java.util.Map;

/** Process-wide registry of media-type codecs, loaded lazily and dropped on reconfiguration. */
public final class C04CodecRegistry {

    private static final String FILE = "C04CodecRegistry.java";

    /** Codec class names by media type; {@code null} until loaded and after invalidation. */
    private static Map<String, String> registry;

    private C04CodecRegistry() {
    }

    static boolean isLoaded() {
        return registry != null;
    }

    static boolean supports(String mediaType) {
        return registry != null && registry.containsKey(mediaType);
    }

    static void load() {
        registry = new HashMap<>();
        registry.put("image/png", "PngCodec");
        registry.put("audio/ogg", "VorbisCodec");
    }

    /** Drops the registry; the next lookup reloads it. */
    static void invalidate() {
        registry = null;
    }

    static String codecFor(String mediaType) {
        if (!isLoaded()) {
            load();
        }
        return registry.get(mediaType);
    }

    static String describe(String mediaType) {
        if (supports(mediaType)) {
            return mediaType + " -> " + registry.get(mediaType);
        }
        return mediaType + " unsupported (" + registry.size() + " known)"; // BUG
    }

    /** Registers a codec, loading the built-in ones first. */
    static void register(String mediaType, String codec) {
        boolean loaded = isLoaded();
        if (!loaded) {
            load();
        }
        registry.put(mediaType, codec);
    }

    /**
     * Replaces the codec of a media type. Swapping an existing codec for a different one is a
     * reconfiguration and invalidates the registry; a versioned alias is kept for old clients.
     */
    static void replace(String mediaType, String codec) {
        if (isLoaded()) {
            String previous = registry.put(mediaType, codec);
            if (previous != null && !previous.equals(codec)) {
                invalidate();
            }
            registry.put(mediaType + ";v=2", codec); // BUG
        }
    }

    /** Forces a reload and reports the number of codecs afterwards. */
    static int reloadedSize() {
        if (isLoaded()) {
            invalidate();
        }
        load();
        return registry.size();
    }

    public static void main(String[] args) {
        load();
        String out = codecFor("image/png") + describe("audio/ogg");
        invalidate();
        out += codecFor("audio/ogg");
        register("video/webm", "Vp9Codec");
        replace("video/webm", "Vp9Codec");
        replace("text/csv", "CsvCodec");
        invalidate();
        replace("image/png", "OtherCodec");
        register("text/csv", "CsvCodec");
        out += describe("font/woff") + reloadedSize();
        System.out.println("safe: " + out);

        prove(FILE, 47, () -> {
            invalidate();
            describe("font/woff");
        });
        prove(FILE, 69, () -> {
            load();
            replace("image/png", "FastPngCodec");
        });
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
