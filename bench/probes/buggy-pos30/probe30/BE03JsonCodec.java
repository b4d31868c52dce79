package probe30;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Minimal JSON encoder with field aliases and a per-media-type codec registry. */
public final class BE03JsonCodec {

    private static final String FILE = "BE03JsonCodec.java";

    abstract static class Codec {
        protected final String mediaType;

        Codec(String mediaType, boolean withDefaults) {
            this.mediaType = mediaType;
            if (withDefaults) {
                registerDefaults();
            }
        }

        protected abstract void registerDefaults();

        abstract String encode(Map<String, Object> doc);
    }

    static final class JsonCodec extends Codec {
        private final Map<String, String> aliases = new HashMap<>();
        private final String indent;

        JsonCodec(boolean withDefaults, boolean pretty) {
            super("application/json", withDefaults);
            this.indent = pretty ? "  " : "";
        }

        @Override
        protected void registerDefaults() {
            aliases.put("_id", "id");
            aliases.put("_ts", "timestamp");
        }

        void alias(String from, String to) {
            aliases.put(from, to);
        }

        @Override
        String encode(Map<String, Object> doc) {
            StringJoiner out = new StringJoiner("," + (indent.isEmpty() ? "" : "\n"), "{", "}");
            for (Map.Entry<String, Object> e : doc.entrySet()) {
                String key = aliases.getOrDefault(e.getKey(), e.getKey());
                out.add(indent + quote(key) + ":" + value(e.getValue()));
            }
            return out.toString();
        }

        private static String value(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof Number || v instanceof Boolean) {
                return v.toString();
            }
            return quote(v.toString());
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    static final class SchemaRegistry {
        private Map<String, Codec> byType;
        private final Map<String, Integer> versions;

        SchemaRegistry(boolean preload) {
            Map<String, Codec> byType = new HashMap<>();
            if (preload) {
                byType.put("application/json", new JsonCodec(false, false));
            }
            this.versions = new LinkedHashMap<>();
        }

        void register(Codec codec) {
            if (byType == null) {
                byType = new HashMap<>();
            }
            byType.put(codec.mediaType, codec);
            versions.merge(codec.mediaType, 1, Integer::sum);
        }

        Codec lookup(String mediaType) {
            Codec codec = byType.get(mediaType);
            if (codec == null) {
                throw new IllegalArgumentException("no codec for " + mediaType);
            }
            return codec;
        }

        int size() {
            Map<String, Codec> snapshot = byType;
            return snapshot == null ? 0 : snapshot.size();
        }
    }

    public static void main(String[] args) {
        JsonCodec codec = new JsonCodec(false, true);
        codec.alias("_id", "id");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", 42);
        doc.put("name", "probe \"x\"");
        doc.put("ok", Boolean.TRUE);
        System.out.println(codec.encode(doc));

        SchemaRegistry registry = new SchemaRegistry(true);
        System.out.println("registered=" + registry.size());
        registry.register(new JsonCodec(false, false));
        System.out.println(registry.lookup("application/json").encode(Map.of("k", 1)) + " " + registry.versions);

        try {
            Codec withDefaults = new JsonCodec(true, false);
            System.out.println(withDefaults.mediaType);
            miss(39);
        } catch (NullPointerException e) {
            expect(e, 39);
        }
        try {
            SchemaRegistry preloaded = new SchemaRegistry(true);
            preloaded.lookup("application/json");
            miss(93);
        } catch (NullPointerException e) {
            expect(e, 93);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
