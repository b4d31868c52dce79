package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Grants time-bounded leases on named resources to cluster members. */
public final class BE01LeaseManager {

    private static final String FILE = "BE01LeaseManager.java";

    /** A single lease grant. */
    static final class Lease {
        final String resource;
        final String holder;
        long expiresAt;

        Lease(String resource, String holder, long expiresAt) {
            this.resource = resource;
            this.holder = holder;
            this.expiresAt = expiresAt;
        }
    }

    private final long ttlMillis;
    private Map<String, Lease> leases;
    private Map<String, Integer> renewals;
    private boolean open;

    public BE01LeaseManager(long ttlMillis) {
        this.ttlMillis = ttlMillis;
        this.leases = new HashMap<>();
        this.open = true;
    }

    public boolean acquire(String resource, String holder, long now) {
        if (!open) {
            return false;
        }
        Lease current = leases.get(resource);
        if (current != null && current.expiresAt > now && !current.holder.equals(holder)) {
            return false;
        }
        leases.put(resource, new Lease(resource, holder, now + ttlMillis));
        return true;
    }

    public void renew(String resource, long now) {
        Lease lease = open ? leases.get(resource) : null;
        if (lease == null) {
            return;
        }
        lease.expiresAt = now + ttlMillis;
        renewals.merge(resource, 1, Integer::sum);
    }

    public int renewalCount(String resource) {
        if (renewals == null) {
            return 0;
        }
        return renewals.getOrDefault(resource, 0);
    }

    public void resetStats() {
        renewals = new HashMap<>();
    }

    public boolean isHeld(String resource, long now) {
        if (!open) {
            return false;
        }
        Lease lease = leases.get(resource);
        return lease != null && lease.expiresAt > now;
    }

    public List<String> expire(long now) {
        List<String> expired = new ArrayList<>();
        Map<String, Lease> snapshot = leases;
        if (snapshot == null) {
            return expired;
        }
        snapshot.values().removeIf(l -> {
            boolean dead = l.expiresAt <= now;
            if (dead) {
                expired.add(l.resource);
            }
            return dead;
        });
        return expired;
    }

    public int activeCount() {
        Map<String, Lease> snapshot = leases;
        return snapshot == null ? 0 : snapshot.size();
    }

    public void forceRelease(String resource) {
        leases.remove(resource);
        if (renewals != null) {
            renewals.remove(resource);
        }
    }

    public void close() {
        open = false;
        leases = null;
    }

    public static void main(String[] args) {
        BE01LeaseManager mgr = new BE01LeaseManager(1_000L);
        mgr.acquire("db", "node-a", 0L);
        mgr.acquire("queue", "node-b", 0L);
        System.out.println("held=" + mgr.isHeld("db", 10L) + " renewals=" + mgr.renewalCount("db"));
        mgr.resetStats();
        mgr.renew("db", 20L);
        mgr.forceRelease("queue");
        System.out.println("renewals=" + mgr.renewalCount("db") + " expired=" + mgr.expire(5_000L));
        mgr.close();
        System.out.println("closed held=" + mgr.isHeld("db", 30L) + " active=" + mgr.activeCount()
                + " expired=" + mgr.expire(9_000L) + " reacquire=" + mgr.acquire("db", "node-a", 40L));

        try {
            BE01LeaseManager fresh = new BE01LeaseManager(500L);
            fresh.acquire("cache", "node-c", 0L);
            fresh.renew("cache", 10L);
            miss(55);
        } catch (NullPointerException e) {
            expect(e, 55);
        }
        try {
            BE01LeaseManager closed = new BE01LeaseManager(500L);
            closed.acquire("cache", "node-c", 0L);
            closed.close();
            closed.forceRelease("cache");
            miss(99);
        } catch (NullPointerException e) {
            expect(e, 99);
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
