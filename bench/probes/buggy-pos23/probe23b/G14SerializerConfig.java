package probe23b;

import java.util.EnumMap;
import java.util.Map;

/** Serialisation library config; the features accessor returns the raw field, which is null until configure(). */
public class G14SerializerConfig {
    private static final String FILE = "G14SerializerConfig.java";
    private static final int L1 = 43;
    private static final int L2 = 53;

    enum Feature { INDENT, SORT_KEYS, WRITE_NULLS, FAIL_ON_EMPTY }

    static final class Config {
        private EnumMap<Feature, Boolean> features;

        Config configure(Feature f, boolean on) {
            if (features == null) {
                features = new EnumMap<>(Feature.class);
            }
            features.put(f, on);
            return this;
        }

        /** May return null when nothing was configured. */
        EnumMap<Feature, Boolean> getFeatures() {
            return features;
        }

        Map<Feature, Boolean> featuresOrEmpty() {
            return features != null ? features : new EnumMap<>(Feature.class);
        }
    }

    static final class Mapper {
        private final Config config;

        Mapper(Config config) {
            this.config = config;
        }

        boolean isEnabled(Feature f) {
            return Boolean.TRUE.equals(config.getFeatures().get(f)); // BUG
        }

        boolean isEnabledSafely(Feature f) {
            EnumMap<Feature, Boolean> fs = config.getFeatures();
            return fs != null && Boolean.TRUE.equals(fs.get(f));
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            for (Feature f : config.getFeatures().keySet()) { // BUG
                sb.append(f).append(isEnabledSafely(f) ? "+" : "-").append(' ');
            }
            return sb.toString().trim();
        }

        String describeSafely() {
            StringBuilder sb = new StringBuilder();
            for (Feature f : config.featuresOrEmpty().keySet()) {
                sb.append(f).append(isEnabledSafely(f) ? "+" : "-").append(' ');
            }
            return sb.toString().trim();
        }

        String write(Map<String, Object> value) {
            String sep = config.getFeatures() != null && isEnabled(Feature.INDENT) ? ",\n" : ",";
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, Object> e : value.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(sep);
                }
                sb.append('"').append(e.getKey()).append("\":").append(e.getValue());
            }
            return sb.append('}').toString();
        }
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        Mapper pretty = new Mapper(new Config().configure(Feature.INDENT, true).configure(Feature.WRITE_NULLS, false));
        assert pretty.isEnabled(Feature.INDENT);
        assert !pretty.isEnabled(Feature.SORT_KEYS);
        assert "INDENT+ WRITE_NULLS-".equals(pretty.describe());
        assert pretty.write(Map.of("a", 1)).equals("{\"a\":1}");
        Mapper plain = new Mapper(new Config());
        assert !plain.isEnabledSafely(Feature.INDENT);
        assert plain.describeSafely().isEmpty();
        assert plain.write(Map.of("b", 2)).equals("{\"b\":2}");
        assert new Config().featuresOrEmpty().isEmpty();

        try {
            new Mapper(new Config()).isEnabled(Feature.SORT_KEYS);
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            new Mapper(new Config()).describe();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
