package probe23;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HashMap;
import java.util.Map;

/** Kafka-style key serializer that rewrites legacy key aliases and adds per-topic prefixes. */
public final class X04TopicKeySerializer {

    /** Minimal copy of the Kafka {@code Serializer} contract. */
    interface Serializer<T> {
        default void configure(Map<String, ?> configs, boolean isKey) {
        }

        byte[] serialize(String topic, T data);

        default void close() {
        }
    }

    /**
     * Both optional settings stay null unless configured. {@code configure} may never be called at
     * all, in which case keys pass through unchanged. Used by one producer thread.
     */
    static final class AliasingKeySerializer implements Serializer<String> {
        static final String ALIASES_CONFIG = "key.aliases";
        static final String PREFIXES_CONFIG = "key.topic.prefixes";

        private Map<String, String> aliases;
        private Map<String, String> topicPrefixes;

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            aliases = parsePairs(configs.get(ALIASES_CONFIG));
            topicPrefixes = parsePairs(configs.get(PREFIXES_CONFIG));
        }

        /** Returns null when the setting is absent or blank, like an unset optional config. */
        private static Map<String, String> parsePairs(Object raw) {
            if (!(raw instanceof String text) || text.isBlank()) {
                return null;
            }
            Map<String, String> result = new HashMap<>();
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected name=value but got '" + pair + "'");
                }
                result.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return result;
        }

        @Override
        public byte[] serialize(String topic, String data) {
            if (data == null) {
                return null;
            }
            String key = data;
            if (aliases != null) {
                key = aliases.getOrDefault(key, key);
            }
            if (topicPrefixes == null) {
                return key.getBytes(UTF_8);
            }
            String prefix = topicPrefixes.get(topic);
            return (prefix == null ? key : prefix + key).getBytes(UTF_8);
        }

        @Override
        public void close() {
            aliases = null;
            topicPrefixes = null;
        }
    }

    private static String show(byte[] bytes) {
        return bytes == null ? "null" : new String(bytes, UTF_8);
    }

    public static void main(String[] args) {
        AliasingKeySerializer plain = new AliasingKeySerializer();
        System.out.println("unconfigured: " + show(plain.serialize("orders", "cust-1"))
                + " null=" + show(plain.serialize("orders", null)));

        AliasingKeySerializer s = new AliasingKeySerializer();
        s.configure(Map.of(AliasingKeySerializer.ALIASES_CONFIG, "old-1=cust-1, old-2=cust-2",
                "unrelated", 42), true);
        System.out.println("aliases only: " + show(s.serialize("orders", "old-1")));

        s.configure(Map.of(AliasingKeySerializer.PREFIXES_CONFIG, "orders=eu:,payments=us:"), true);
        System.out.println("prefixes only: " + show(s.serialize("orders", "old-1"))
                + " " + show(s.serialize("audit", "x")));

        s.configure(Map.of(AliasingKeySerializer.ALIASES_CONFIG, "old-2=cust-2",
                AliasingKeySerializer.PREFIXES_CONFIG, "payments=us:"), true);
        System.out.println("both: " + show(s.serialize("payments", "old-2")));

        s.close();
        System.out.println("after close: " + show(s.serialize("payments", "old-2")));
    }
}
