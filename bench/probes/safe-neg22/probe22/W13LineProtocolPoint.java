package probe22;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * InfluxDB line-protocol point builder. Tag and field maps are created by self-assignment with a
 * conditional expression ({@code tags = tags == null ? new TreeMap<>() : tags}) right before use.
 */
public class W13LineProtocolPoint {

    /** Builder for a single point; not thread-safe. */
    public static final class Point {
        private final String measurement;
        private SortedMap<String, String> tags; // null until the first tag
        private Map<String, Object> fields;     // null until the first field
        private long timestampNanos = -1;

        public Point(String measurement) {
            this.measurement = measurement;
        }

        public Point tag(String key, String value) {
            tags = tags == null ? new TreeMap<>() : tags;
            tags.put(key, value);
            return this;
        }

        public Point addField(String key, Object value) {
            fields = (fields != null) ? fields : new LinkedHashMap<>();
            fields.put(key, value);
            return this;
        }

        public Point time(long nanos) {
            this.timestampNanos = nanos;
            return this;
        }

        public Point clearTags() {
            tags = null;
            return this;
        }

        public boolean isValid() {
            return fields != null && !fields.isEmpty();
        }

        public String toLineProtocol() {
            StringBuilder sb = new StringBuilder(escape(measurement));
            if (tags != null) {
                tags.forEach((k, v) -> sb.append(',').append(escape(k)).append('=').append(escape(v)));
            }
            char sep = ' ';
            if (fields != null) {
                for (Map.Entry<String, Object> f : fields.entrySet()) {
                    sb.append(sep).append(escape(f.getKey())).append('=').append(format(f.getValue()));
                    sep = ',';
                }
            }
            if (timestampNanos >= 0) {
                sb.append(' ').append(timestampNanos);
            }
            return sb.toString();
        }

        private static String format(Object v) {
            if (v instanceof Integer || v instanceof Long) {
                return v + "i";
            }
            if (v instanceof String s) {
                return '"' + s.replace("\"", "\\\"") + '"';
            }
            return String.valueOf(v);
        }

        private static String escape(String s) {
            return s.replace(" ", "\\ ").replace(",", "\\,").replace("=", "\\=");
        }
    }

    public static void main(String[] args) {
        Point empty = new Point("cpu load");
        System.out.println(empty.isValid() + " [" + empty.toLineProtocol() + "]");

        Point p = new Point("cpu")
                .tag("region", "eu-west")
                .tag("host", "web-1")
                .addField("usage_idle", 87.5)
                .addField("cores", 8)
                .addField("model", "x86 \"v3\"")
                .time(1_700_000_000_000_000_000L);
        System.out.println(p.isValid() + " " + p.toLineProtocol());

        p.clearTags();
        System.out.println(p.toLineProtocol());
        p.tag("dc", "fra");
        System.out.println(p.toLineProtocol());
    }
}
