package probe22;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured log event with optional key/value fields. Typed accessors combine the null test of
 * the field map with an {@code instanceof} pattern on the looked-up value in one condition.
 */
public class W24LogEventFields {

    /** A log event under construction; owned by the logging thread. */
    public static final class LogEvent {
        private final String message;
        private Map<String, Object> fields; // null when the event has no structured fields

        public LogEvent(String message) {
            this.message = message;
        }

        public LogEvent with(String key, Object value) {
            if (fields == null) {
                fields = new LinkedHashMap<>();
            }
            fields.put(key, value);
            return this;
        }

        public int intField(String key, int fallback) {
            if (fields != null && fields.get(key) instanceof Integer i) {
                return i;
            }
            return fallback;
        }

        public String stringField(String key) {
            if (fields != null && fields.get(key) instanceof String s && !s.isBlank()) {
                return s;
            }
            return null;
        }

        public boolean flag(String key) {
            return fields != null && fields.get(key) instanceof Boolean b && b;
        }

        public LogEvent withoutFields() {
            fields = null;
            return this;
        }

        public String render() {
            StringBuilder sb = new StringBuilder(message);
            if (fields != null && !fields.isEmpty()) {
                sb.append(' ').append(fields);
            }
            String user = stringField("user");
            if (user != null) {
                sb.append(" (user=").append(user).append(')');
            }
            if (flag("alert")) {
                sb.insert(0, "[ALERT] ");
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        LogEvent plain = new LogEvent("cache warmed");
        System.out.println(plain.render() + " status=" + plain.intField("status", -1));

        LogEvent req = new LogEvent("request finished")
                .with("status", 503)
                .with("user", "alice")
                .with("latencyMs", 1234L)
                .with("alert", true)
                .with("blank", " ");
        System.out.println(req.render() + " status=" + req.intField("status", -1)
                + " latency(int)=" + req.intField("latencyMs", -1) + " blank=" + req.stringField("blank"));

        req.withoutFields();
        System.out.println(req.render() + " status=" + req.intField("status", -1) + " alert=" + req.flag("alert"));
    }
}
