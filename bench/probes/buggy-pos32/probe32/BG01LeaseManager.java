package probe32;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public final class BG01LeaseManager {
    private static final String FILE = "BG01LeaseManager.java";

    record Lease(String holder, long expiresAt) { }

    interface LeaseStore {
        void persist(Map<String, Long> renewals) throws InterruptedException;
    }

    static final class LeaseTable implements AutoCloseable {
        private final Map<String, String> owners = new HashMap<>();
        private ConcurrentHashMap<String, Lease> leases;
        private NavigableMap<Long, String> expiryIndex;
        private volatile Map<String, Long> renewals = new HashMap<>();
        private final ExecutorService flusher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lease-flusher");
            t.setDaemon(true);
            return t;
        });
        private final LeaseStore store;
        private boolean open;

        LeaseTable(LeaseStore store) {
            this.store = store;
            this.leases = new ConcurrentHashMap<>();
            this.expiryIndex = new TreeMap<>();
            this.open = true;
        }

        // snapshot copy used for read-only views handed to monitoring
        LeaseTable(LeaseTable other) {
            this.store = other.store;
            Map<String, Lease> source = other.leases;
            this.leases = source == null ? new ConcurrentHashMap<>() : new ConcurrentHashMap<>(source);
            this.owners.putAll(other.owners);
            this.open = other.open;
        }

        void grant(String key, String holder, long expiresAt) {
            Map<String, Lease> live = leases;
            if (live == null) throw new IllegalStateException("lease table closed");
            live.put(key, new Lease(holder, expiresAt));
            owners.put(key, holder);
            NavigableMap<Long, String> idx = expiryIndex;
            if (idx != null) idx.put(expiresAt, key);
        }

        String holderOf(String key) {
            if (!open) return null;
            Lease lease = leases.get(key);
            return lease == null ? null : lease.holder();
        }

        int absorb(LeaseTable other) {
            Map<String, Lease> theirs = other.leases;
            int moved = 0;
            for (Map.Entry<Long, String> e : other.expiryIndex.entrySet()) {
                Lease lease = theirs == null ? null : theirs.get(e.getValue());
                if (lease != null) {
                    grant(e.getValue(), lease.holder(), e.getKey());
                    moved++;
                }
            }
            return moved;
        }

        void renew(String key) {
            renewals.merge(key, 1L, Long::sum);
        }

        long renewCount(String key) {
            Map<String, Long> snapshot = renewals;
            return snapshot == null ? 0L : snapshot.getOrDefault(key, 0L);
        }

        Future<Integer> flushAsync() {
            return flusher.submit(() -> {
                Map<String, Long> batch = renewals;
                renewals = null;
                try {
                    store.persist(batch == null ? Map.of() : batch);
                } finally {
                    renewals = new HashMap<>();
                }
                return batch == null ? 0 : batch.size();
            });
        }

        @Override
        public void close() {
            leases = null;
            flusher.shutdownNow();
        }

        void shutdown() {
            open = false;
            leases = null;
            flusher.shutdown();
        }
    }

    public static void main(String[] args) throws Exception {
        LeaseTable table = new LeaseTable(batch -> { });
        table.grant("db", "node-1", 100L);
        table.grant("cache", "node-2", 300L);
        System.out.println("holder=" + table.holderOf("db") + " owners=" + table.owners.size());
        table.renew("db");
        System.out.println("renewed=" + table.renewCount("db") + " flushed=" + table.flushAsync().get());
        LeaseTable copy = new LeaseTable(table);
        System.out.println("copy holder=" + copy.holderOf("cache") + " renewals=" + copy.renewCount("db"));
        LeaseTable target = new LeaseTable(batch -> { });
        System.out.println("absorbed=" + target.absorb(table) + " holder=" + target.holderOf("cache"));
        table.shutdown();
        System.out.println("after shutdown holder=" + table.holderOf("db") + " open=" + table.open);

        LeaseTable closed = new LeaseTable(batch -> { });
        closed.grant("db", "node-3", 50L);
        closed.close();
        expectNpe(63, () -> closed.holderOf("db"));

        CountDownLatch persisting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LeaseTable busy = new LeaseTable(batch -> { persisting.countDown(); release.await(); });
        busy.renew("db");
        Future<Integer> pending = busy.flushAsync();
        persisting.await();
        try {
            expectNpe(81, () -> busy.renew("db"));
        } finally {
            release.countDown();
        }
        System.out.println("flushed=" + pending.get());

        LeaseTable view = new LeaseTable(target);
        expectNpe(70, () -> new LeaseTable(batch -> { }).absorb(view));
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
