package probe21;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Pool of reusable scratch entries for request processing. An entry's map exists only while
 * the entry is leased: withScratch() activates the entry, uses it, and passivates it in
 * finally before returning it to the idle deque. Entries never leave the pool class, and a
 * leased entry is not in the deque, so a re-entrant lease always gets a different entry.
 */
public final class U28ScratchPool {

    private static final class Entry {
        private Map<String, Object> scratch;
        private int uses;

        void activate() {
            scratch = new HashMap<>();
            uses++;
        }

        void passivate() {
            scratch = null;
        }

        boolean isIdle() {
            return scratch == null;
        }
    }

    private final Deque<Entry> idle = new ArrayDeque<>();
    private final int maxIdle;
    private int created;

    public U28ScratchPool(int maxIdle) {
        this.maxIdle = Math.max(0, maxIdle);
    }

    public <R> R withScratch(Function<Map<String, Object>, R> work) {
        Entry entry = acquire();
        entry.activate();
        try {
            entry.scratch.put("lease", entry.uses);
            R result = work.apply(entry.scratch);
            entry.scratch.clear();
            return result;
        } finally {
            entry.passivate();
            release(entry);
        }
    }

    private synchronized Entry acquire() {
        Entry e = idle.pollFirst();
        if (e == null) {
            e = new Entry();
            created++;
        }
        return e;
    }

    private synchronized void release(Entry e) {
        if (idle.size() < maxIdle) {
            idle.addFirst(e);
        }
    }

    public synchronized String stats() {
        int uses = 0;
        boolean allIdle = true;
        for (Entry e : idle) {
            uses += e.uses;
            allIdle &= e.isIdle();
        }
        return "created=" + created + " idle=" + idle.size() + " uses=" + uses + " allIdle=" + allIdle;
    }

    public static void main(String[] args) {
        U28ScratchPool pool = new U28ScratchPool(2);
        System.out.println(pool.stats());
        int size = pool.withScratch(m -> {
            m.put("user", "alice");
            return pool.withScratch(inner -> inner.size() + m.size());
        });
        System.out.println(size + " " + pool.stats());
        String s = pool.withScratch(m -> String.valueOf(m.get("lease")));
        System.out.println(s + " " + pool.stats());
        try {
            pool.withScratch(m -> {
                throw new IllegalArgumentException("bad request");
            });
        } catch (IllegalArgumentException expected) {
            System.out.println("handler failed: " + expected.getMessage() + " " + pool.stats());
        }
        U28ScratchPool none = new U28ScratchPool(0);
        System.out.println(none.withScratch(Map::size) + " " + none.stats());
    }
}
