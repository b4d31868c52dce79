package probe18p;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Domain events register themselves in a tracking map while the base class is constructed. */
public class V11DomainEventRegistry {

    static final Map<DomainEvent, Long> PENDING = new HashMap<>();

    abstract static class DomainEvent {
        final String aggregateId;
        final long createdAt;

        DomainEvent(String aggregateId, long createdAt) {
            this.aggregateId = aggregateId;
            this.createdAt = createdAt;
            validate();
            PENDING.put(this, createdAt);
        }

        /** Subclasses check their own payload. */
        protected void validate() {
            if (aggregateId == null) {
                throw new IllegalArgumentException("aggregateId");
            }
        }
    }

    static final class OrderPlaced extends DomainEvent {
        private final Map<String, Integer> lines;

        OrderPlaced(String orderId, long at, Map<String, Integer> lines) {
            super(orderId, at);
            this.lines = new TreeMap<>(lines);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OrderPlaced other && other.aggregateId.equals(aggregateId) && other.lines.equals(lines);
        }

        @Override
        public int hashCode() {
            return aggregateId.hashCode() ^ lines.hashCode(); // BUG
        }
    }

    static final class CustomerUpdated extends DomainEvent {
        private final Map<String, String> changed = new LinkedHashMap<>();
        private static final Set<String> REQUIRED = Set.of("email");

        CustomerUpdated(String customerId, long at, Map<String, String> fields) {
            super(customerId, at);
            changed.putAll(fields);
        }

        @Override
        protected void validate() {
            super.validate();
            for (String key : changed.keySet()) { // BUG
                if (REQUIRED.contains(key) && changed.get(key).isBlank()) {
                    throw new IllegalArgumentException("blank " + key);
                }
            }
        }
    }

    static final class AccountClosed extends DomainEvent {
        private Map<String, String> reasons;

        AccountClosed(String accountId, long at) {
            super(accountId, at);
        }

        @Override
        protected void validate() {
            super.validate();
            if (reasons != null && reasons.containsKey("fraud")) {
                throw new IllegalStateException("fraud closures go through compliance");
            }
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V11DomainEventRegistry.java:" + line;
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
        if (top != null && "V11DomainEventRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        new AccountClosed("acc-9", 1L);
        System.out.println("pending=" + PENDING.size());

        prove(48, () -> new OrderPlaced("ord-1", 2L, Map.of("sku-1", 2)));
        prove(64, () -> new CustomerUpdated("cust-3", 3L, Map.of("email", "a@b.c")));
    }
}
