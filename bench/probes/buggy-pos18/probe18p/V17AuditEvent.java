package probe18p;

import java.util.LinkedHashMap;
import java.util.Map;

/** Audit events with free-form attributes; the attribute map is allocated only when first needed. */
public class V17AuditEvent {

    abstract static class BaseEvent {
        protected final String type;
        protected final long timestamp;
        protected Map<String, Object> attributes;

        BaseEvent(String type, long timestamp) {
            this.type = type;
            this.timestamp = timestamp;
        }

        protected Map<String, Object> getAttributes() {
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            return attributes;
        }

        BaseEvent attr(String key, Object value) {
            getAttributes().put(key, value);
            return this;
        }

        int attributeCount() {
            return attributes == null ? 0 : attributes.size();
        }

        abstract String toJson();
    }

    static final class LoginEvent extends BaseEvent {
        LoginEvent(long ts) {
            super("login", ts);
        }

        LoginEvent fromIp(String ip) {
            attributes.put("ip", ip); // BUG
            return this;
        }

        @Override
        String toJson() {
            return "{\"type\":\"" + type + "\",\"attrs\":" + getAttributes().size() + "}";
        }
    }

    static final class PaymentEvent extends BaseEvent {
        private final long amountCents;

        PaymentEvent(long ts, long amountCents) {
            super("payment", ts);
            this.amountCents = amountCents;
        }

        @Override
        String toJson() {
            StringBuilder sb = new StringBuilder("{\"type\":\"").append(type).append("\",\"amount\":").append(amountCents);
            for (Map.Entry<String, Object> e : attributes.entrySet()) { // BUG
                sb.append(",\"").append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            }
            return sb.append('}').toString();
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V17AuditEvent.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V17AuditEvent.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        LoginEvent login = new LoginEvent(1L);
        login.attr("user", "alice");
        login.fromIp("10.0.0.1");
        PaymentEvent paid = new PaymentEvent(2L, 1999);
        paid.attr("currency", "EUR");
        System.out.println(login.toJson() + " " + paid.toJson() + " " + new LoginEvent(3L).attributeCount());

        prove(44, () -> new LoginEvent(4L).fromIp("192.168.1.20"));
        prove(65, () -> System.out.println(new PaymentEvent(5L, 500).toJson()));
    }
}
