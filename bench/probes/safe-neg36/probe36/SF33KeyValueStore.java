package probe36;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Embedded key-value store with single-writer transactions. begin() takes the transaction lock and then
 * creates the write set; commit()/rollback() drop the write set and then release the lock. The write set is
 * therefore non-null exactly while the lock is held, and it is used only by the thread for which
 * ReentrantLock.isHeldByCurrentThread() is true.
 */
public final class SF33KeyValueStore {
    private final ReentrantLock txLock = new ReentrantLock();
    private final Map<String, String> committed = new HashMap<>();
    private LinkedHashMap<String, String> writeSet; // exists exactly while txLock is held

    public void begin() {
        if (txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested transactions are not supported");
        }
        if (!txLock.tryLock()) {
            throw new IllegalStateException("another thread has an open transaction");
        }
        writeSet = new LinkedHashMap<>();
    }

    public void put(String key, String value) {
        if (!txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("put outside a transaction");
        }
        writeSet.put(key, value);
    }

    public String get(String key) {
        if (txLock.isHeldByCurrentThread() && writeSet.containsKey(key)) {
            return writeSet.get(key); // read-your-own-writes
        }
        synchronized (committed) {
            return committed.get(key);
        }
    }

    public int pendingWrites() {
        return txLock.isHeldByCurrentThread() ? writeSet.size() : 0;
    }

    public int commit() {
        if (!txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("commit outside a transaction");
        }
        try {
            synchronized (committed) {
                committed.putAll(writeSet);
            }
            return writeSet.size();
        } finally {
            writeSet = null;
            txLock.unlock();
        }
    }

    public void rollback() {
        if (!txLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("rollback outside a transaction");
        }
        writeSet = null;
        txLock.unlock();
    }

    public static void main(String[] args) throws InterruptedException {
        SF33KeyValueStore store = new SF33KeyValueStore();
        // Phase 1: no transaction.
        check(store.get("k") == null && store.pendingWrites() == 0, "empty store");
        expect(IllegalStateException.class, () -> store.put("k", "v"));
        expect(IllegalStateException.class, store::commit);
        expect(IllegalStateException.class, store::rollback);
        // Phase 2: transaction open on this thread.
        store.begin();
        expect(IllegalStateException.class, store::begin);
        store.put("k", "v1");
        store.put("j", "w1");
        check(store.get("k").equals("v1") && store.pendingWrites() == 2, "read your own writes");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                check(store.get("k") == null, "other thread does not see uncommitted data");
                check(store.pendingWrites() == 0, "other thread has no write set");
                expect(IllegalStateException.class, () -> store.put("k", "evil"));
                expect(IllegalStateException.class, store::begin);
                expect(IllegalStateException.class, store::commit);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        other.start();
        other.join();
        if (failure.get() != null) {
            throw new AssertionError("second thread failed", failure.get());
        }
        check(store.commit() == 2 && store.get("k").equals("v1"), "committed");
        // Phase 3: no transaction, after a commit and after a rollback.
        for (int round = 0; round < 2; round++) {
            check(store.pendingWrites() == 0, "no pending writes");
            expect(IllegalStateException.class, () -> store.put("k", "v2"));
            expect(IllegalStateException.class, store::rollback);
            store.begin();
            store.put("k", "discarded");
            store.rollback();
            check(store.get("k").equals("v1"), "rollback discards");
        }
        // Phase 4: a new transaction gets a new write set.
        store.begin();
        check(store.pendingWrites() == 0, "empty write set");
        store.put("k", "v3");
        check(store.commit() == 1 && store.get("k").equals("v3") && store.get("j").equals("w1"), "second commit");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
