package probe28;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Media-server codec registry held in static state. The static map and the
 * static boolean "initialized" always change together: the map is created
 * before the flag is raised and the flag is lowered before the map is dropped.
 * Readers test only the flag.
 */
public final class H31CodecRegistry {
    private static boolean initialized;
    private static Map<String, String> codecs; // mime type -> codec; non-null whenever initialized
    private static int lookups;

    private H31CodecRegistry() {
    }

    public static void init() {
        codecs = new HashMap<>();
        codecs.put("video/mp4", "h264");
        codecs.put("audio/ogg", "vorbis");
        initialized = true;
    }

    public static void shutdown() {
        initialized = false;
        codecs = null;
    }

    public static boolean isInitialized() {
        return initialized;
    }

    public static String codecFor(String mime) {
        lookups++;
        if (!initialized) {
            return "passthrough";
        }
        return codecs.getOrDefault(mime, "passthrough");
    }

    public static boolean register(String mime, String codec) {
        if (!initialized) {
            return false;
        }
        codecs.put(mime, codec);
        return true;
    }

    public static int count() {
        return initialized ? codecs.size() : 0;
    }

    public static String supportedTypes() {
        if (initialized) {
            return String.join(" ", new TreeSet<>(codecs.keySet()));
        }
        return "";
    }

    public static int lookups() {
        return lookups;
    }

    public static void main(String[] args) {
        assert !isInitialized();
        assert codecFor("video/mp4").equals("passthrough");
        assert !register("video/webm", "vp9");
        assert count() == 0;
        assert supportedTypes().isEmpty();
        shutdown();
        init();
        assert codecFor("video/mp4").equals("h264");
        assert register("video/webm", "vp9");
        assert count() == 3;
        assert supportedTypes().equals("audio/ogg video/mp4 video/webm");
        init();
        assert count() == 2;
        shutdown();
        assert codecFor("audio/ogg").equals("passthrough");
        assert count() == 0;
        assert lookups() == 3;
        System.out.println("lookups=" + lookups());
    }
}
