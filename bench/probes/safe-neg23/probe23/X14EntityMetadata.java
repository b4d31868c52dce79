package probe23;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Persistent entities that may carry free-form metadata. The base class owns the map and creates it
 * on demand; subclasses only ever see it through the protected final accessor.
 */
public final class X14EntityMetadata {

    /** Base class of all entities. Not thread-safe. */
    public abstract static class AbstractEntity {
        private final long id;
        private Map<String, Object> metadata;

        protected AbstractEntity(long id) {
            this.id = id;
        }

        public final long id() {
            return id;
        }

        /** The metadata map, created on first access. */
        protected final Map<String, Object> metadata() {
            if (metadata == null) {
                metadata = new HashMap<>(4);
            }
            return metadata;
        }

        protected final boolean hasMetadata() {
            return metadata != null && !metadata.isEmpty();
        }

        public final Object metadataValue(String key) {
            return metadata == null ? null : metadata.get(key);
        }

        /** Drops all metadata, for example when the entity is detached. */
        public final void clearMetadata() {
            metadata = null;
        }

        public abstract String describe();
    }

    /** A customer that counts visits and remembers its last channel in metadata. */
    public static final class Customer extends AbstractEntity {
        private final String name;

        public Customer(long id, String name) {
            super(id);
            this.name = name;
        }

        public void visited(String channel) {
            metadata().merge("visits", 1, (a, b) -> (Integer) a + (Integer) b);
            metadata().put("lastChannel", channel);
        }

        public int visits() {
            return hasMetadata() ? (Integer) metadata().getOrDefault("visits", 0) : 0;
        }

        @Override
        public String describe() {
            String base = "Customer#" + id() + "(" + name + ")";
            return hasMetadata() ? base + " " + new TreeMap<>(metadata()) : base;
        }
    }

    /** An invoice that records who approved it. */
    public static final class Invoice extends AbstractEntity {
        public Invoice(long id) {
            super(id);
        }

        public void approve(String approver) {
            Map<String, Object> m = metadata();
            m.putIfAbsent("approvedBy", approver);
        }

        @Override
        public String describe() {
            return "Invoice#" + id() + (hasMetadata() ? " approvedBy=" + metadata().get("approvedBy") : " (draft)");
        }
    }

    public static void main(String[] args) {
        Customer c = new Customer(7, "Ada");
        Invoice inv = new Invoice(1001);
        System.out.println(c.describe() + " visits=" + c.visits() + " | " + inv.describe()
                + " approvedBy=" + inv.metadataValue("approvedBy"));
        c.visited("web");
        c.visited("mobile");
        inv.approve("bob");
        inv.approve("carol");
        System.out.println(c.describe() + " visits=" + c.visits() + " | " + inv.describe());
        c.clearMetadata();
        inv.clearMetadata();
        System.out.println(c.describe() + " visits=" + c.visits() + " last=" + c.metadataValue("lastChannel")
                + " | " + inv.describe());
    }
}
