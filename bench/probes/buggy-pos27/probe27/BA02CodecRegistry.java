package probe27;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Process-wide registry of content codecs, indexed by codec name and by media type,
 * in the spirit of the message-converter registries of HTTP client libraries.
 */
public final class BA02CodecRegistry {
    interface Codec {
        byte[] encode(String text);

        String decode(byte[] data);
    }

    private static Map<String, Codec> codecs;
    private static final Map<String, Map<String, Codec>> BY_MEDIA_TYPE = new ConcurrentHashMap<>();
    private static Map<String, String> aliases;

    private BA02CodecRegistry() {
    }

    public static synchronized void registerDefaults() {
        register("text/plain", "utf8", new Codec() {
            @Override
            public byte[] encode(String text) {
                return text.getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public String decode(byte[] data) {
                return new String(data, StandardCharsets.UTF_8);
            }
        });
        register("text/plain", "base64", new Codec() {
            @Override
            public byte[] encode(String text) {
                return Base64.getEncoder().encode(text.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String decode(byte[] data) {
                return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
            }
        });
    }

    public static synchronized void register(String mediaType, String name, Codec codec) {
        if (codecs == null) {
            codecs = new ConcurrentHashMap<>();
        }
        codecs.put(name, codec);
        BY_MEDIA_TYPE.computeIfAbsent(mediaType, k -> new ConcurrentHashMap<>()).put(name, codec);
    }

    public static Codec lookup(String name) {
        Codec codec = codecs.get(name);
        if (codec == null) {
            throw new IllegalArgumentException("no codec named " + name);
        }
        return codec;
    }

    public static Codec lookupOrNull(String name) {
        Map<String, Codec> snapshot = codecs;
        return snapshot == null ? null : snapshot.get(name);
    }

    public static Codec preferred(String mediaType, String name) {
        return BY_MEDIA_TYPE.get(mediaType).get(name);
    }

    public static boolean supports(String mediaType, String name) {
        return BY_MEDIA_TYPE.getOrDefault(mediaType, Map.of()).containsKey(name);
    }

    public static synchronized void alias(String alias, String target) {
        if (aliases == null) {
            aliases = new HashMap<>();
        }
        aliases.put(alias, target);
    }

    public static synchronized String canonicalName(String name) {
        return aliases.getOrDefault(name, name);
    }

    public static synchronized int aliasCount() {
        return aliases == null ? 0 : aliases.size();
    }

    public static String roundTrip(String name, String text) {
        Codec codec = lookup(canonicalName(name));
        return codec.decode(codec.encode(text));
    }

    /** Drops every registration, e.g. when a plugin class loader is discarded. */
    public static synchronized void reset() {
        codecs = null;
        BY_MEDIA_TYPE.clear();
        aliases = null;
    }

    public static void main(String[] args) {
        registerDefaults();
        alias("b64", "base64");
        System.out.println("round trip: " + roundTrip("b64", "hello") + " / " + roundTrip("utf8", "world"));
        System.out.println("png supported: " + supports("image/png", "png"));
        System.out.println("preferred text codec present: " + (preferred("text/plain", "utf8") != null));
        System.out.println("unknown codec: " + lookupOrNull("zstd") + ", aliases=" + aliasCount());
        reset();
        System.out.println("after reset: " + lookupOrNull("utf8") + ", aliases=" + aliasCount()
                + ", text supported=" + supports("text/plain", "utf8"));

        expectNpe(61, () -> lookup("utf8"));
        expectNpe(74, () -> preferred("application/json", "json"));
        expectNpe(89, () -> canonicalName("b64"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA02CodecRegistry.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
