package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Lease manager: grants time-bounded leases on named resources, counts
 * renewals and expires stale leases against a logical clock.
 */
public final class BF01LeaseManager {

    record Lease(String resource, String owner, long expiresAt) {
        Lease extend(long ttl) {
            return new Lease(resource, owner, expiresAt + ttl);
        }
    }

    private final long ttlMillis;
    private Map<String, Lease> leases;
    private Map<String, Long> renewals;
    private boolean open;
    private boolean closed;
    private long now;

    BF01LeaseManager(long ttlMillis) {
        this.ttlMillis = ttlMillis;
        this.leases = new HashMap<>();
        this.renewals = new HashMap<>();
        this.open = true;
    }

    /** Rebuilds a manager from the lease table handed over by a failed peer. */
    BF01LeaseManager(long ttlMillis, Map<String, Lease> handedOver) {
        this.ttlMillis = ttlMillis;
        this.leases = new HashMap<>(handedOver);
        this.open = true;
    }

    void advance(long millis) {
        now += millis;
    }

    Lease acquire(String resource, String owner) {
        if (!open) {
            throw new IllegalStateException("lease manager is not open");
        }
        Lease current = leases.get(resource);
        if (current != null && current.expiresAt() > now && !current.owner().equals(owner)) {
            return null;
        }
        Lease granted = new Lease(resource, owner, now + ttlMillis);
        leases.put(resource, granted);
        return granted;
    }

    boolean renew(String resource, String owner) {
        if (closed) {
            return false;
        }
        Lease current = leases.get(resource);
        if (current == null || !current.owner().equals(owner)) {
            return false;
        }
        leases.put(resource, current.extend(ttlMillis));
        renewals.merge(resource, 1L, Long::sum);
        return true;
    }

    long renewalCount(String resource) {
        Map<String, Long> snapshot = renewals;
        return snapshot == null ? 0L : snapshot.getOrDefault(resource, 0L);
    }

    int expire() {
        if (closed) {
            return 0;
        }
        int before = leases.size();
        leases.values().removeIf(lease -> lease.expiresAt() <= now);
        return before - leases.size();
    }

    int activeCount() {
        return leases == null ? 0 : leases.size();
    }

    /** Drops every lease; holders find out on their next renewal. */
    void close() {
        leases = null;
        renewals = null;
        closed = true;
    }

    public static void main(String[] args) {
        BF01LeaseManager manager = new BF01LeaseManager(100);
        manager.acquire("db", "alice");
        manager.acquire("cache", "bob");
        manager.renew("db", "alice");
        manager.advance(150);
        System.out.println("expired=" + manager.expire() + " active=" + manager.activeCount()
                + " renewals=" + manager.renewalCount("db"));
        BF01LeaseManager restored = new BF01LeaseManager(100, Map.of("q", new Lease("q", "carol", 50)));
        System.out.println("restored active=" + restored.activeCount() + " renewals=" + restored.renewalCount("q")
                + " expired=" + restored.expire() + " other=" + restored.renew("q", "dave"));
        manager.close();
        System.out.println("closed active=" + manager.activeCount() + " renew=" + manager.renew("db", "alice")
                + " expired=" + manager.expire() + " renewals=" + manager.renewalCount("db"));

        int proved = 0;
        proved += expect(66, () -> {
            BF01LeaseManager handed = new BF01LeaseManager(100, Map.of("q", new Lease("q", "carol", 50)));
            handed.renew("q", "carol");
        });
        proved += expect(48, () -> {
            BF01LeaseManager closedManager = new BF01LeaseManager(100);
            closedManager.close();
            closedManager.acquire("db", "erin");
        });
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF01LeaseManager.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
