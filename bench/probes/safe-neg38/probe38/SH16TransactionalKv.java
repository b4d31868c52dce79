package probe38;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Key/value store with explicit, serialised write transactions. Thread-safe.
 *
 * <p>{@code pending} (the write set) is non-null exactly while {@code txLock}
 * is held: begin() assigns it right after lock(), commit()/rollback() clear it
 * right before unlock(), and nested begin() is rejected, so the hold count is
 * never above one. Methods touching the write set first ask
 * {@code txLock.isHeldByCurrentThread()}, which also makes it confined to the
 * owning thread.
 */
public final class SH16TransactionalKv {

    private final ReentrantLock txLock = new ReentrantLock();
    private final ConcurrentHashMap<String, Integer> committed = new ConcurrentHashMap<>();
    private HashMap<String, Integer> pending; // guarded by txLock; non-null exactly while it is held

    public void begin() {
        if (txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested transaction");
        }
        HashMap<String, Integer> writeSet = new HashMap<>();
        txLock.lock();
        pending = writeSet;
    }

    public boolean inTransaction() {
        return txLock.isHeldByCurrentThread();
    }

    public void put(String key, int value) {
        if (!txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("put() outside a transaction");
        }
        requireKey(key);
        pending.put(key, value);
    }

    public void commit() {
        if (!txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("commit() outside a transaction");
        }
        try {
            committed.putAll(pending);
        } finally {
            pending = null;
            txLock.unlock();
        }
    }

    public void rollback() {
        if (!txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("rollback() outside a transaction");
        }
        pending = null;
        txLock.unlock();
    }

    /** Reads your own writes inside a transaction, committed data otherwise. */
    public Integer get(String key) {
        requireKey(key);
        if (txLock.isHeldByCurrentThread()) {
            Integer mine = pending.get(key);
            if (mine != null) {
                return mine;
            }
        }
        return committed.get(key);
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key");
        }
    }

    public static void main(String[] args) throws Exception {
        SH16TransactionalKv kv = new SH16TransactionalKv();
        // phase 1: before the map exists
        check(!kv.inTransaction() && kv.get("a") == null, "empty store");
        expect(IllegalStateException.class, () -> kv.put("a", 1));
        expect(IllegalStateException.class, kv::commit);
        expect(IllegalStateException.class, kv::rollback);
        // phase 2: while it exists
        kv.begin();
        kv.put("a", 1);
        check(Integer.valueOf(1).equals(kv.get("a")), "read own write");
        expect(IllegalStateException.class, kv::begin);
        kv.commit();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    expect(IllegalStateException.class, () -> kv.put("counter", -1));
                    for (int i = 0; i < 250; i++) {
                        kv.begin();
                        boolean done = false;
                        try {
                            Integer cur = kv.get("counter");
                            kv.put("counter", cur == null ? 1 : cur + 1);
                            kv.commit();
                            done = true;
                        } finally {
                            if (!done) {
                                kv.rollback();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        check(Integer.valueOf(1000).equals(kv.get("counter")), "serialised counter " + kv.get("counter"));
        // phase 3: after it is dropped (twice: commit above, rollback here)
        kv.begin();
        kv.put("b", 2);
        kv.rollback();
        check(kv.get("b") == null && !kv.inTransaction(), "rolled back");
        expect(IllegalStateException.class, () -> kv.put("b", 3));
        expect(IllegalStateException.class, kv::rollback);
        // phase 4: created again
        kv.begin();
        kv.put("b", 4);
        kv.commit();
        check(Integer.valueOf(4).equals(kv.get("b")), "committed after restart");
        System.out.println("SH16TransactionalKv OK counter=" + kv.get("counter") + " b=" + kv.get("b"));
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
