package probe34;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Keyed pool of reusable string buffers; every lookup short-circuits on a null idle map. */
public class SD11BufferPool {
    private Map<String, Deque<StringBuilder>> idle; // null when nothing is pooled
    private int created;
    private final int maxPerKey;

    public SD11BufferPool(int maxPerKey) {
        if (maxPerKey < 1) {
            throw new IllegalArgumentException("maxPerKey must be >= 1");
        }
        this.maxPerKey = maxPerKey;
    }

    public StringBuilder borrow(String key) {
        if (idle != null && idle.containsKey(key)) {
            Deque<StringBuilder> queue = idle.get(key);
            StringBuilder sb = queue.pop();
            if (queue.isEmpty()) {
                idle.remove(key);
            }
            return sb;
        }
        created++;
        return new StringBuilder();
    }

    public boolean giveBack(String key, StringBuilder sb) {
        if (sb == null) {
            throw new IllegalArgumentException("null buffer");
        }
        sb.setLength(0);
        if (idle != null && idle.containsKey(key) && idle.get(key).size() >= maxPerKey) {
            return false;
        }
        if (idle == null) {
            idle = new HashMap<>();
        }
        idle.computeIfAbsent(key, k -> new ArrayDeque<>()).push(sb);
        return true;
    }

    public int idleCount(String key) {
        return idle != null && idle.containsKey(key) ? idle.get(key).size() : 0;
    }

    public boolean hasIdle() {
        return idle != null && !idle.isEmpty();
    }

    public int created() {
        return created;
    }

    public void drain() {
        idle = null;
    }

    private static void exerciseEmpty(SD11BufferPool pool) {
        check(pool.idleCount("json") == 0, "idle count while drained");
        check(!pool.hasIdle(), "hasIdle while drained");
        int before = pool.created();
        StringBuilder fresh = pool.borrow("json");
        check(fresh.length() == 0 && pool.created() == before + 1, "borrow allocates");
        expect(IllegalArgumentException.class, () -> pool.giveBack("json", null));
        pool.drain();
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new SD11BufferPool(0));
        SD11BufferPool pool = new SD11BufferPool(2);
        exerciseEmpty(pool);

        StringBuilder a = pool.borrow("json").append("abc");
        StringBuilder b = pool.borrow("json");
        StringBuilder c = pool.borrow("json");
        check(pool.giveBack("json", a) && pool.giveBack("json", b), "return two");
        check(!pool.giveBack("json", c), "pool is full for key");
        check(pool.idleCount("json") == 2 && pool.hasIdle(), "idle after returns");
        StringBuilder again = pool.borrow("json");
        check(again == b && again.length() == 0, "LIFO reuse, cleared");
        check(pool.created() == 4, "created count " + pool.created());
        pool.borrow("json");
        check(pool.idleCount("json") == 0 && !pool.hasIdle(), "emptied key removed");
        pool.giveBack("xml", new StringBuilder("x"));
        expect(IllegalArgumentException.class, () -> pool.giveBack("xml", null));

        pool.drain();
        exerciseEmpty(pool);
        pool.drain();
        exerciseEmpty(pool);

        check(pool.giveBack("csv", new StringBuilder()), "recreated pool");
        check(pool.idleCount("csv") == 1 && pool.hasIdle(), "recreated idle");
        int created = pool.created();
        pool.borrow("csv");
        check(pool.created() == created, "reuse after recreate");
        pool.drain();
        exerciseEmpty(pool);
        System.out.println("SD11BufferPool ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
