package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

public class BH13RateLimiter implements AutoCloseable {
    private static Map<String, Integer> tierLimits = new HashMap<>(Map.of("free", 3, "pro", 10));

    static void configureTiers(Map<String, Integer> limits) {
        tierLimits = limits;
    }

    static int limitFor(String tier) {
        return tierLimits.getOrDefault(tier, 1);
    }

    static boolean knownTier(String tier) {
        Map<String, Integer> limits = tierLimits;
        return limits != null && limits.containsKey(tier);
    }

    private final String name;
    private final Map<String, String> tiersByKey = new HashMap<>();
    private ConcurrentHashMap<String, Integer> buckets = new ConcurrentHashMap<>();
    private int refills;

    BH13RateLimiter(String name, FakeClock clock) {
        this.name = name;
        clock.every(new Runnable() {
            @Override
            public void run() {
                buckets.replaceAll((key, tokens) -> Math.min(tokens + 1, capacity(key)));
                refills++;
            }
        });
    }

    private int capacity(String key) {
        String tier = tiersByKey.getOrDefault(key, "free");
        return knownTier(tier) ? limitFor(tier) : 1;
    }

    void assign(String key, String tier) {
        tiersByKey.put(key, tier);
    }

    boolean tryAcquire(String key) {
        ConcurrentHashMap<String, Integer> b = buckets;
        if (b == null) {
            return false;
        }
        int left = b.computeIfAbsent(key, this::capacity);
        if (left <= 0) {
            return false;
        }
        b.put(key, left - 1);
        return true;
    }

    int remaining(String key) {
        ConcurrentHashMap<String, Integer> b = buckets;
        return b == null ? 0 : b.getOrDefault(key, capacity(key));
    }

    void reset(String key) {
        if (buckets != null) {
            buckets.remove(key);
        }
    }

    String describe() {
        ConcurrentHashMap<String, Integer> b = buckets;
        return name + (b == null ? " (closed)" : " " + b.size() + " buckets") + ", refills=" + refills;
    }

    @Override
    public void close() {
        buckets = null;
    }

    static final class FakeClock {
        private final List<Runnable> tasks = new ArrayList<>();
        private long now;

        void every(Runnable task) {
            tasks.add(task);
        }

        void advance(long millis) {
            now += millis;
            for (Runnable task : new ArrayList<>(tasks)) {
                task.run();
            }
        }

        long now() {
            return now;
        }
    }

    public static void main(String[] args) throws Exception {
        FakeClock clock = new FakeClock();
        BH13RateLimiter api = new BH13RateLimiter("api", clock);
        api.assign("alice", "pro");
        int granted = 0;
        for (int i = 0; i < 5; i++) {
            if (api.tryAcquire("bob")) {
                granted++;
            }
        }
        clock.advance(1000L);
        System.out.println(granted + " " + api.remaining("bob") + " " + api.tryAcquire("alice") + " " + limitFor("pro"));
        api.reset("bob");
        api.close();
        System.out.println(api.tryAcquire("bob") + " " + api.remaining("alice") + " " + api.describe() + " " + clock.now());
        BH13RateLimiter spare = new BH13RateLimiter("spare", new FakeClock());
        spare.reset("carol");

        expect(36, () -> clock.advance(1000L));
        configureTiers(null);
        System.out.println(knownTier("pro") + " " + spare.remaining("carol") + " " + spare.describe());
        expect(18, () -> limitFor("pro"));
    }

    private static final String FILE = "BH13RateLimiter.java";

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
