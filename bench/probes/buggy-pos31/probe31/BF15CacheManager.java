package probe31;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Multi-region cache manager: regions with entries and hit statistics, a
 * shared parent tier read through by child regions, and a warmed index.
 */
public final class BF15CacheManager {

    static final class Region {
        final String name;
        private final Map<String, String> entries = new HashMap<>();
        private Map<String, Integer> hits;
        private Map<String, String> sharedTier;
        private Map<Character, Integer> initials;

        Region(String name) {
            this.name = name;
        }

        void enableStats() {
            hits = new HashMap<>();
        }

        void attachSharedTier() {
            if (sharedTier == null) {
                sharedTier = new HashMap<>();
            }
        }

        /** A child region reads through to, and publishes into, this region's shared tier. */
        Region child(String childName) {
            Region child = new Region(childName);
            child.sharedTier = this.sharedTier;
            return child;
        }

        /** Builds the first-letter index used by countByInitial(). */
        void warm() {
            Map<Character, Integer> built = new HashMap<>();
            entries.keySet().forEach(k -> built.merge(k.charAt(0), 1, Integer::sum));
            initials = built;
        }

        void put(String key, String value) {
            entries.put(key, value);
            if (initials != null) {
                initials.merge(key.charAt(0), 1, Integer::sum);
                hits.putIfAbsent(key, 0);
            }
        }

        void publish(String key, String value) {
            entries.put(key, value);
            sharedTier.put(key, value);
        }

        String get(String key) {
            String value = entries.get(key);
            if (value == null && sharedTier != null) {
                value = sharedTier.get(key);
            }
            if (hits != null && value != null) {
                hits.merge(key, 1, Integer::sum);
            }
            return value;
        }

        int countByInitial(char initial) {
            return initials.getOrDefault(initial, 0);
        }

        int hitCount(String key) {
            Map<String, Integer> stats = hits;
            return stats == null ? 0 : stats.getOrDefault(key, 0);
        }
    }

    private final Map<String, Region> regions = new LinkedHashMap<>();

    Region region(String name) {
        return regions.computeIfAbsent(name, Region::new);
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        regions.forEach((n, r) -> out.append(n).append('=').append(r.entries.size()).append(' '));
        return out.toString().strip();
    }

    public static void main(String[] args) {
        BF15CacheManager manager = new BF15CacheManager();
        Region users = manager.region("users");
        users.attachSharedTier();
        users.enableStats();
        users.put("alice", "1");
        users.warm();
        users.put("bob", "2");
        System.out.println("alice=" + users.get("alice") + " hits=" + users.hitCount("alice")
                + " a*=" + users.countByInitial('a') + " b*=" + users.countByInitial('b'));
        Region eu = users.child("users-eu");
        eu.publish("carol", "3");
        System.out.println("carol via parent=" + users.get("carol") + " eu hits=" + eu.hitCount("carol"));
        Region plain = manager.region("plain");
        plain.put("k", "v");
        System.out.println("plain=" + plain.get("k") + " missing=" + plain.get("zzz") + " " + manager.describe());

        int proved = 0;
        proved += expect(53, () -> {
            Region r = manager.region("sessions");
            r.warm();
            r.put("s1", "x");
        });
        proved += expect(59, () -> {
            Region parent = manager.region("orders");
            Region child = parent.child("orders-us");
            parent.attachSharedTier();
            child.publish("o1", "y");
        });
        proved += expect(74, () -> manager.region("cold").countByInitial('q'));
        if (proved != 3) {
            throw new AssertionError("proved " + proved + " of 3");
        }
    }

    private static final String FILE = "BF15CacheManager.java";

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
