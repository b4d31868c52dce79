package probe32;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public final class BG15Cache {
    private static final String FILE = "BG15Cache.java";

    enum Stat { HITS, MISSES, EVICTIONS, EXPIRED }

    interface EvictionListener<K> {
        void onEvict(K key);
    }

    static final class Cache<K, V> {
        private final int capacity;
        private final LinkedHashMap<K, V> entries;
        private Map<K, Long> expiries;
        private boolean expiring;
        private EnumMap<Stat, Long> stats = new EnumMap<>(Stat.class);
        private EvictionListener<K> listener = key -> { };
        private long now;

        Cache(int capacity) {
            this.capacity = capacity;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    if (size() <= Cache.this.capacity) {
                        return false;
                    }
                    if (stats != null) {
                        listener.onEvict(eldest.getKey());
                        stats.merge(Stat.EVICTIONS, 1L, Long::sum);
                    }
                    return true;
                }
            };
        }

        void setListener(EvictionListener<K> listener) {
            this.listener = listener;
        }

        void enableExpiry() {
            expiries = new HashMap<>();
            expiring = true;
        }

        void disableStats() {
            stats = null;
        }

        void advance(long ticks) {
            now += ticks;
        }

        void put(K key, V value, long ttl) {
            entries.put(key, value);
            Map<K, Long> exp = expiries;
            if (exp != null) {
                exp.put(key, now + ttl);
            }
        }

        V get(K key) {
            if (expiring) {
                Long deadline = expiries.get(key);
                if (deadline != null && deadline <= now) {
                    expiries.remove(key);
                    entries.remove(key);
                    count(Stat.EXPIRED);
                    return null;
                }
            }
            V value = entries.get(key);
            count(value == null ? Stat.MISSES : Stat.HITS);
            return value;
        }

        private void count(Stat stat) {
            EnumMap<Stat, Long> s = stats;
            if (s != null) {
                s.merge(stat, 1L, Long::sum);
            }
        }

        long stat(Stat stat) {
            return stats == null ? -1L : stats.getOrDefault(stat, 0L);
        }

        // drops all entries; expiry tracking is re-armed by enableExpiry()
        void reset() {
            entries.clear();
            expiries = null;
        }

        int size() {
            return entries.size();
        }
    }

    public static void main(String[] args) throws Exception {
        Cache<String, String> cache = new Cache<>(2);
        cache.enableExpiry();
        cache.put("a", "alpha", 10);
        cache.put("b", "beta", 100);
        cache.put("c", "gamma", 100);
        System.out.println("a=" + cache.get("a") + " b=" + cache.get("b") + " evictions=" + cache.stat(Stat.EVICTIONS));
        cache.advance(150);
        System.out.println("expired b=" + cache.get("b") + " expired=" + cache.stat(Stat.EXPIRED) + " size=" + cache.size());
        Cache<String, Integer> plain = new Cache<>(1);
        plain.put("x", 1, 5);
        plain.put("y", 2, 5);
        plain.reset();
        plain.disableStats();
        plain.put("z", 3, 5);
        plain.put("w", 4, 5);
        System.out.println("plain z=" + plain.get("z") + " w=" + plain.get("w") + " hits=" + plain.stat(Stat.HITS));

        cache.reset();
        cache.put("d", "delta", 10);
        expectNpe(73, () -> cache.get("d"));

        Cache<String, String> noisy = new Cache<>(1);
        noisy.setListener(key -> noisy.disableStats());
        noisy.put("k1", "v1", 5);
        expectNpe(39, () -> noisy.put("k2", "v2", 5));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
