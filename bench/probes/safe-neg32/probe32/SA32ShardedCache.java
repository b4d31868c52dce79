package probe32;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sharded in-process cache (think Caffeine segments or Ehcache tiers). Each shard's entry map
 * is loaded on first write and evicted wholesale when the shard goes cold. Aggregations are
 * stream pipelines that filter on Shard::isLoaded before mapping over the entries.
 */
public class SA32ShardedCache {

    static final class Shard {
        final int index;
        Map<String, String> entries; // null while the shard is evicted / never loaded
        long lastTouched;

        Shard(int index) {
            this.index = index;
        }

        boolean isLoaded() {
            return entries != null;
        }

        void ensureLoaded() {
            if (entries == null) {
                entries = new HashMap<>();
            }
        }
    }

    private final List<Shard> shards = new ArrayList<>();
    private long clock;

    public SA32ShardedCache(int shardCount) {
        for (int i = 0; i < shardCount; i++) {
            shards.add(new Shard(i));
        }
    }

    private Shard shardFor(String key) {
        return shards.get(Math.floorMod(key.hashCode(), shards.size()));
    }

    public void put(String key, String value) {
        Shard s = shardFor(key);
        s.ensureLoaded();
        s.entries.put(key, value);
        s.lastTouched = ++clock;
    }

    public String get(String key) {
        Shard s = shardFor(key);
        return s.isLoaded() ? s.entries.get(key) : null;
    }

    public int size() {
        return shards.stream().filter(Shard::isLoaded).mapToInt(s -> s.entries.size()).sum();
    }

    public List<String> keys() {
        return shards.stream()
                .filter(Shard::isLoaded)
                .flatMap(s -> s.entries.keySet().stream())
                .sorted()
                .collect(Collectors.toList());
    }

    public Map<Integer, Integer> histogram() {
        return shards.stream()
                .filter(Shard::isLoaded)
                .collect(Collectors.toMap(s -> s.index, s -> s.entries.size()));
    }

    public int evictColdest() {
        return shards.stream()
                .filter(Shard::isLoaded)
                .min(Comparator.comparingLong(s -> s.lastTouched))
                .map(s -> {
                    int dropped = s.entries.size();
                    s.entries = null;
                    return dropped;
                })
                .orElse(0);
    }

    public void evictAll() {
        shards.forEach(s -> s.entries = null);
    }

    public static void main(String[] args) {
        SA32ShardedCache cache = new SA32ShardedCache(4);
        System.out.println("empty: size=" + cache.size() + " keys=" + cache.keys() + " hist=" + cache.histogram()
                + " get=" + cache.get("a") + " evicted=" + cache.evictColdest());
        for (String k : new String[] {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}) {
            cache.put(k, k.toUpperCase());
        }
        System.out.println("size=" + cache.size() + " keys=" + cache.keys() + " hist=" + cache.histogram());
        System.out.println("get beta=" + cache.get("beta"));
        int dropped = cache.evictColdest();
        System.out.println("evicted " + dropped + " -> size=" + cache.size() + " keys=" + cache.keys());
        cache.evictAll();
        cache.evictAll();
        System.out.println("all evicted: size=" + cache.size() + " get=" + cache.get("alpha") + " evicted=" + cache.evictColdest());
        cache.put("alpha", "again");
        System.out.println("reloaded: " + cache.get("alpha") + " hist=" + cache.histogram());
    }
}
