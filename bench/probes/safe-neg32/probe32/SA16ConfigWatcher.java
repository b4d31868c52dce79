package probe32;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Holds the latest configuration pushed by a watcher thread (Consul / etcd / ZooKeeper clients
 * do this). Consumers block in a guarded wait loop until a configuration is present; the
 * field is only read after the loop has observed it non-null, all under the same monitor.
 */
public class SA16ConfigWatcher {

    private Map<String, String> current; // null until the first publish, null after invalidate()
    private long version;

    public synchronized void publish(Map<String, String> config) {
        current = new HashMap<>(config);
        version++;
        notifyAll();
    }

    public synchronized void invalidate() {
        current = null;
    }

    public synchronized Optional<String> await(String key, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (current == null) {
            long remaining = deadline - System.currentTimeMillis();
            if (remaining <= 0) {
                return Optional.empty();
            }
            wait(remaining);
        }
        return Optional.ofNullable(current.get(key));
    }

    public synchronized String getNow(String key, String fallback) {
        if (current == null) {
            return fallback;
        }
        return current.getOrDefault(key, fallback);
    }

    public synchronized long version() {
        return version;
    }

    public static void main(String[] args) throws InterruptedException {
        SA16ConfigWatcher watcher = new SA16ConfigWatcher();
        System.out.println("initial: " + watcher.getNow("db.url", "<none>") + " v=" + watcher.version());
        System.out.println("short wait: " + watcher.await("db.url", 20));
        Thread pusher = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<String, String> cfg = new HashMap<>();
            cfg.put("db.url", "jdbc:postgresql://db/app");
            watcher.publish(cfg);
        });
        pusher.start();
        System.out.println("awaited: " + watcher.await("db.url", 5_000).orElse("timeout"));
        pusher.join();
        System.out.println("missing key: " + watcher.await("cache.ttl", 10) + " now=" + watcher.getNow("db.url", "-"));
        watcher.invalidate();
        watcher.invalidate();
        System.out.println("invalidated: " + watcher.getNow("db.url", "<none>") + " wait=" + watcher.await("db.url", 10));
        watcher.publish(Map.of("db.url", "jdbc:h2:mem:test"));
        System.out.println("republished: " + watcher.await("db.url", 10).orElse("?") + " v=" + watcher.version());
    }
}
