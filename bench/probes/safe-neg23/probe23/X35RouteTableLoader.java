package probe23;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Route table that is loaded asynchronously at startup. The table field is written once, before the
 * latch opens, and never cleared; readers only touch it after {@code await} reported the latch open
 * or {@code getCount()} returned zero. Thread-safe.
 */
public final class X35RouteTableLoader {

    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile Map<String, String> routes;

    /** Publishes the table; may be called once. */
    public synchronized void complete(Map<String, String> table) {
        Objects.requireNonNull(table, "table");
        if (loaded.getCount() == 0) {
            throw new IllegalStateException("route table already loaded");
        }
        routes = Map.copyOf(table);
        loaded.countDown();
    }

    /** Waits up to the timeout for the table; returns null if it is not there in time. */
    public String route(String path, long timeoutMillis) {
        try {
            if (!loaded.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return routes.getOrDefault(path, "404");
    }

    public int size() {
        if (loaded.getCount() != 0) {
            return 0;
        }
        return routes.size();
    }

    public static void main(String[] args) throws InterruptedException {
        X35RouteTableLoader table = new X35RouteTableLoader();
        System.out.println("before load: " + table.route("/api", 0) + " size=" + table.size());

        Thread.currentThread().interrupt();
        System.out.println("interrupted: " + table.route("/api", 1000) + " flag=" + Thread.interrupted());

        Thread loader = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            table.complete(Map.of("/api", "backend:8080", "/static", "cdn"));
        });
        loader.start();
        System.out.println("waited: " + table.route("/api", 10_000) + " other=" + table.route("/x", 0));
        loader.join();
        System.out.println("size=" + table.size());
        try {
            table.complete(Map.of());
        } catch (IllegalStateException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
