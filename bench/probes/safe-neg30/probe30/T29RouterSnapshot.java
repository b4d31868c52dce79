package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Virtual-host routing table published as immutable snapshots for lock-free readers. */
public final class T29RouterSnapshot {
    private volatile Map<String, String> routes; // immutable; null until first publish and after retire()

    public synchronized void publish(Map<String, String> table) {
        routes = Map.copyOf(table);
    }

    public synchronized void addRoute(String host, String target) {
        if (host == null || target == null) throw new IllegalArgumentException("host and target required");
        Map<String, String> current = routes;
        Map<String, String> next = new HashMap<>(current == null ? Map.of() : current);
        next.put(host, target);
        routes = Map.copyOf(next);
    }

    public Optional<String> target(String host) {
        Map<String, String> current = routes;
        return current == null ? Optional.empty() : Optional.ofNullable(current.get(host));
    }

    public Map<String, String> snapshot() {
        Map<String, String> current = routes;
        return current == null ? Map.of() : current;
    }

    public boolean isPublished() {
        return routes != null;
    }

    public synchronized void retire() {
        routes = null;
    }

    public static void main(String[] args) throws InterruptedException {
        T29RouterSnapshot router = new T29RouterSnapshot();
        assert !router.isPublished() && router.snapshot().isEmpty();
        assert router.target("a.example").isEmpty();
        router.retire();

        router.addRoute("a.example", "10.0.0.1:80"); // works before the first publish
        assert router.target("a.example").orElseThrow().equals("10.0.0.1:80");
        Map<String, String> table = new HashMap<>(Map.of("b.example", "10.0.0.2:80"));
        router.publish(table);
        table.put("c.example", "x"); // not visible: the router keeps its own copy
        assert router.snapshot().equals(Map.of("b.example", "10.0.0.2:80"));
        assert router.target("a.example").isEmpty();
        try {
            router.addRoute(null, "x");
            throw new AssertionError("null host accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }

        Map<String, String> before = router.snapshot();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 1_000; k++) router.target("b.example");
            });
            readers.add(t);
            t.start();
        }
        for (int k = 0; k < 100; k++) {
            router.retire();
            router.addRoute("b.example", "10.0.0." + k + ":80");
        }
        for (Thread t : readers) t.join();
        assert before.equals(Map.of("b.example", "10.0.0.2:80")); // old snapshots never change
        router.retire();
        assert !router.isPublished() && router.snapshot().isEmpty() && router.target("b.example").isEmpty();
        System.out.println("T29 ok");
    }
}
