package probe20;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class S32ConfigHotReload {
    record Snapshot(long version, Map<String, String> values) {
        static final Snapshot EMPTY = new Snapshot(0, null);
    }

    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private Map<String, String> staging;

    public synchronized void stage(String key, String value) {
        if (staging == null) {
            staging = new HashMap<>();
        }
        staging.put(key, value);
    }

    public synchronized void commit() {
        if (staging == null) {
            return;
        }
        Snapshot cur = snapshot;
        Map<String, String> next = cur.version() == 0 ? new HashMap<>() : new HashMap<>(cur.values());
        next.putAll(staging);
        staging = null;
        snapshot = new Snapshot(cur.version() + 1, Map.copyOf(next));
    }

    public synchronized void unload() {
        staging = null;
        snapshot = Snapshot.EMPTY;
    }

    public String get(String key, String def) {
        Snapshot s = snapshot;
        if (s.version() == 0) {
            return def;
        }
        return s.values().getOrDefault(key, def);
    }

    public static void main(String[] args) throws InterruptedException {
        S32ConfigHotReload cfg = new S32ConfigHotReload();
        System.out.println("timeout=" + cfg.get("timeout", "default"));
        cfg.commit();
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            while (done.getCount() > 0) {
                cfg.get("timeout", "default");
                reads.incrementAndGet();
            }
        });
        reader.start();
        for (int i = 0; i < 200; i++) {
            cfg.stage("timeout", String.valueOf(i));
            cfg.stage("retries", "3");
            cfg.commit();
            if (i % 50 == 0) {
                cfg.unload();
            }
        }
        done.countDown();
        reader.join();
        System.out.println("reader ran: " + (reads.get() > 0));
        System.out.println("timeout=" + cfg.get("timeout", "default") + " retries=" + cfg.get("retries", "?")
                + " version=" + cfg.snapshot.version());
        cfg.unload();
        System.out.println("after unload timeout=" + cfg.get("timeout", "default"));
    }
}
