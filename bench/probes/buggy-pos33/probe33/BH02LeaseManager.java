package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class BH02LeaseManager {
    private final String name;
    private final Map<String, String> holders = new ConcurrentHashMap<>();
    private volatile Map<String, Long> expiries = new ConcurrentHashMap<>();
    private Map<String, Long> policies = new HashMap<>();
    private final ExecutorService executor;

    BH02LeaseManager(String name, ExecutorService executor) {
        this.name = name;
        this.executor = executor;
    }

    public void setPolicies(Map<String, Long> policies) {
        this.policies = policies;
    }

    public boolean acquire(String resource, String owner, long ttl, long now) {
        String previous = holders.putIfAbsent(resource, owner);
        if (previous != null && !previous.equals(owner)) {
            return false;
        }
        Map<String, Long> live = expiries;
        if (live != null) {
            live.put(resource, now + ttlFor(resource, ttl));
        }
        return true;
    }

    private long ttlFor(String resource, long fallback) {
        Map<String, Long> p = policies;
        return p == null ? fallback : p.getOrDefault(resource, fallback);
    }

    public void release(String resource, String owner) {
        holders.remove(resource, owner);
        Map<String, Long> live = expiries;
        if (live != null) {
            live.remove(resource);
        }
    }

    public Thread startJanitor() {
        Thread janitor = new Thread(() -> {
            holders.clear();
            expiries = null;
        }, name + "-janitor");
        janitor.start();
        return janitor;
    }

    public Future<Integer> countExpiredAsync(long now) {
        return executor.submit(() -> {
            int expired = 0;
            for (Map.Entry<String, Long> e : expiries.entrySet()) {
                if (e.getValue() < now) {
                    expired++;
                }
            }
            return expired;
        });
    }

    public Future<Integer> countLiveAsync() {
        return executor.submit(() -> {
            Map<String, Long> snapshot = expiries;
            return snapshot == null ? 0 : snapshot.size();
        });
    }

    public long inheritTtl(BH02LeaseManager parent, String resource) {
        return parent.policies.getOrDefault(resource, 30_000L);
    }

    public long policyOf(BH02LeaseManager other, String resource) {
        Map<String, Long> p = other.policies;
        if (p != null) {
            return p.getOrDefault(resource, 0L);
        }
        return 0L;
    }

    public String holderOf(String resource) {
        return holders.get(resource);
    }

    public int holderCount() {
        return holders.size();
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lease-worker");
            t.setDaemon(true);
            return t;
        });
        BH02LeaseManager leases = new BH02LeaseManager("leases", pool);
        leases.acquire("db", "node-1", 1_000L, 0L);
        leases.acquire("queue", "node-2", 5L, 0L);
        System.out.println(leases.countExpiredAsync(100L).get() + " " + leases.countLiveAsync().get() + " " + leases.holderOf("db"));
        BH02LeaseManager parent = new BH02LeaseManager("parent", pool);
        parent.setPolicies(new HashMap<>(Map.of("db", 60_000L)));
        System.out.println(leases.inheritTtl(parent, "db") + " " + leases.policyOf(parent, "db"));
        parent.setPolicies(null);
        System.out.println(leases.policyOf(parent, "db") + " " + parent.acquire("db", "node-3", 7L, 0L));
        leases.release("queue", "node-2");
        leases.startJanitor().join();
        System.out.println(leases.countLiveAsync().get() + " " + leases.acquire("db", "node-1", 1L, 0L) + " " + leases.holderCount());

        expect(64, () -> leases.countExpiredAsync(100L).get());
        expect(81, () -> leases.inheritTtl(parent, "db"));
        pool.shutdown();
    }

    private static final String FILE = "BH02LeaseManager.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
