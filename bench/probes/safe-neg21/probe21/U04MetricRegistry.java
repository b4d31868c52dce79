package probe21;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counter registry whose map is installed lazily with a compare-and-set from null
 * through a VarHandle. Nothing ever writes null back, so once any CAS has run
 * (whether this thread's or another's) the field stays non-null for good.
 */
public final class U04MetricRegistry {

    private static final VarHandle COUNTERS;

    static {
        try {
            COUNTERS = MethodHandles.lookup()
                    .findVarHandle(U04MetricRegistry.class, "counters", ConcurrentMap.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String prefix;
    private final LongAdder lostRaces = new LongAdder();
    private volatile ConcurrentMap<String, LongAdder> counters;

    public U04MetricRegistry(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public void increment(String name) {
        add(name, 1L);
    }

    public void add(String name, long delta) {
        if (counters == null) {
            ConcurrentMap<String, LongAdder> fresh = new ConcurrentHashMap<>();
            ConcurrentMap<String, LongAdder> expected = null;
            if (!COUNTERS.compareAndSet(this, expected, fresh)) {
                // another thread won the race; its map is the one in the field now
                lostRaces.increment();
            }
        }
        counters.computeIfAbsent(prefix + name, k -> new LongAdder()).add(delta);
    }

    public long value(String name) {
        ConcurrentMap<String, LongAdder> m = counters;
        if (m == null) {
            return 0L;
        }
        LongAdder a = m.get(prefix + name);
        return a == null ? 0L : a.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        if (counters != null) {
            counters.forEach((k, v) -> out.put(k, v.sum()));
        }
        return out;
    }

    public void resetValues() {
        if (counters != null) {
            counters.values().forEach(LongAdder::reset);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        U04MetricRegistry registry = new U04MetricRegistry("http.");
        System.out.println(registry.snapshot() + " " + registry.value("requests"));
        registry.resetValues();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            String name = (i % 3 == 0) ? "errors" : "requests";
            pool.execute(() -> registry.increment(name));
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pool did not finish");
        }
        System.out.println(registry.snapshot() + " lostRaces>=0: " + (registry.lostRaces.sum() >= 0));
        registry.resetValues();
        registry.add("bytes", 512);
        System.out.println(registry.value("bytes") + " " + registry.value("requests"));
    }
}
