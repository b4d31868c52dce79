package probe27;

import java.util.HashMap;
import java.util.Map;

/**
 * Dictionary loaded lazily with double-checked locking on a volatile field. evict() may null the
 * field at any time; readers copy the volatile into a local once and only ever dereference the local.
 */
public final class F33SpellDictionary {
    private final Object lock = new Object();
    private final String[] words;
    private volatile Map<String, Integer> ranks; // null until first use, and after evict()
    private int loads;                           // guarded by lock

    public F33SpellDictionary(String... words) { this.words = words.clone(); }

    private Map<String, Integer> ranks() {
        Map<String, Integer> r = ranks;
        if (r == null) {
            synchronized (lock) {
                r = ranks;
                if (r == null) {
                    Map<String, Integer> built = new HashMap<>();
                    for (int i = 0; i < words.length; i++) built.putIfAbsent(words[i], i + 1);
                    r = Map.copyOf(built);
                    ranks = r;
                    loads++;
                }
            }
        }
        return r;
    }

    public int rank(String word) { return ranks().getOrDefault(word, -1); }

    public boolean contains(String word) { return ranks().containsKey(word); }

    public boolean isLoaded() { return ranks != null; }

    public int cachedSize() {
        Map<String, Integer> r = ranks;
        return r == null ? 0 : r.size();
    }

    public void evict() { ranks = null; }

    public int loads() {
        synchronized (lock) {
            return loads;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        F33SpellDictionary dict = new F33SpellDictionary("the", "of", "and", "to", "the");
        assert !dict.isLoaded() && dict.cachedSize() == 0;

        int threads = 8;
        int[][] results = new int[threads][];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                int[] out = new int[3];
                for (int i = 0; i < 1_000; i++) {
                    out[0] = dict.rank("and");
                    out[1] = dict.rank("zebra");
                    out[2] = dict.contains("to") ? 1 : 0;
                    if (id == 0 && i % 100 == 0) dict.evict(); // concurrent evictions are allowed
                }
                results[id] = out;
            }, "reader-" + t);
        }
        for (Thread w : workers) w.start();
        for (Thread w : workers) w.join();

        for (int[] out : results) {
            assert out[0] == 3 && out[1] == -1 && out[2] == 1;
        }
        int loadsAfterRace = dict.loads();
        assert loadsAfterRace >= 1 && loadsAfterRace <= 1 + 10 : loadsAfterRace;
        dict.evict();
        assert !dict.isLoaded() && dict.cachedSize() == 0;
        assert dict.rank("the") == 1 && dict.cachedSize() == 4 && dict.loads() == loadsAfterRace + 1;
        System.out.println("F33 ok");
    }
}
