package probe22;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-host lease accounting for an HTTP connection pool. The private {@code tryEnsureTable()}
 * returns {@code true} exactly when the lease table exists afterwards (it creates it unless the
 * pool is closed); callers bail out on {@code false} and then use the table without another test.
 */
public class W29ConnectionPoolTable {

    /** Not thread-safe: the pool serialises access through its own lock. */
    public static final class HostLeaseTable {
        private final int maxHosts;
        private boolean closed;
        private Map<String, Integer> leases; // null when idle, and always null once closed

        public HostLeaseTable(int maxHosts) {
            this.maxHosts = maxHosts;
        }

        private boolean tryEnsureTable() {
            if (leases != null) {
                return true;
            }
            if (closed) {
                return false;
            }
            leases = new HashMap<>();
            return true;
        }

        public boolean lease(String host) {
            if (!tryEnsureTable()) {
                return false;
            }
            if (!leases.containsKey(host) && leases.size() >= maxHosts) {
                return false;
            }
            leases.merge(host, 1, Integer::sum);
            return true;
        }

        public boolean leaseAll(String... hosts) {
            if (!tryEnsureTable()) {
                return false;
            }
            int newHosts = 0;
            for (String h : hosts) {
                if (!leases.containsKey(h)) {
                    newHosts++;
                }
            }
            if (leases.size() + newHosts > maxHosts) {
                return false;
            }
            for (String h : hosts) {
                leases.merge(h, 1, Integer::sum);
            }
            return true;
        }

        public void release(String host) {
            if (leases == null) {
                return;
            }
            leases.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
            if (leases.isEmpty()) {
                leases = null;
            }
        }

        public int leased(String host) {
            return leases == null ? 0 : leases.getOrDefault(host, 0);
        }

        public void close() {
            closed = true;
            leases = null;
        }
    }

    public static void main(String[] args) {
        HostLeaseTable table = new HostLeaseTable(2);
        System.out.println(table.leased("a.example") + " " + table.lease("a.example") + " " + table.lease("a.example")
                + " " + table.lease("b.example") + " " + table.lease("c.example"));
        System.out.println("a=" + table.leased("a.example") + " b=" + table.leased("b.example"));

        table.release("a.example");
        table.release("a.example");
        table.release("b.example");
        System.out.println("idle a=" + table.leased("a.example") + " leaseAll=" + table.leaseAll("x", "y")
                + " tooMany=" + table.leaseAll("z"));

        table.close();
        table.release("x");
        System.out.println("closed: " + table.lease("a.example") + " " + table.leaseAll("q") + " " + table.leased("x"));
    }
}
