package probe38;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Service-discovery routing table of an RPC client. Thread-safe,
 * copy-on-write: writers (synchronized) build a new map from the current one
 * and publish an unmodifiable copy through the volatile field; they publish
 * null instead of an empty map. Readers take no lock: they read the field
 * once into a local and only use the local.
 */
public final class SH35RoutingTable {

    private volatile Map<String, List<String>> routes; // immutable snapshot; null when nothing is registered

    public synchronized void register(String service, String endpoint) {
        requireText(service, "service");
        requireText(endpoint, "endpoint");
        Map<String, List<String>> current = routes;
        Map<String, List<String>> next = current == null ? new HashMap<>() : new HashMap<>(current);
        List<String> endpoints = new ArrayList<>(next.getOrDefault(service, List.of()));
        if (!endpoints.contains(endpoint)) {
            endpoints.add(endpoint);
        }
        next.put(service, List.copyOf(endpoints));
        routes = Collections.unmodifiableMap(next);
    }

    public synchronized boolean deregister(String service, String endpoint) {
        requireText(service, "service");
        requireText(endpoint, "endpoint");
        Map<String, List<String>> current = routes;
        if (current == null) {
            return false;
        }
        List<String> endpoints = current.get(service);
        if (endpoints == null || !endpoints.contains(endpoint)) {
            return false;
        }
        Map<String, List<String>> next = new HashMap<>(current);
        List<String> remaining = new ArrayList<>(endpoints);
        remaining.remove(endpoint);
        if (remaining.isEmpty()) {
            next.remove(service);
        } else {
            next.put(service, List.copyOf(remaining));
        }
        routes = next.isEmpty() ? null : Collections.unmodifiableMap(next);
        return true;
    }

    public synchronized void drain() {
        routes = null;
    }

    /** Round-robin pick; null when the service is unknown. */
    public String pick(String service, int requestId) {
        Map<String, List<String>> snapshot = routes;
        if (snapshot == null) {
            return null;
        }
        List<String> endpoints = snapshot.get(service);
        return endpoints == null ? null : endpoints.get(Math.floorMod(requestId, endpoints.size()));
    }

    public int serviceCount() {
        Map<String, List<String>> snapshot = routes;
        return snapshot == null ? 0 : snapshot.size();
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(what);
        }
    }

    public static void main(String[] args) throws Exception {
        SH35RoutingTable rt = new SH35RoutingTable();
        // phase 1: before the map exists
        check(rt.pick("billing", 0) == null && rt.serviceCount() == 0 && !rt.deregister("billing", "a"), "empty");
        expect(IllegalArgumentException.class, () -> rt.register("billing", null));
        // phase 2: while it exists
        rt.register("billing", "10.0.0.1:80");
        rt.register("billing", "10.0.0.2:80");
        rt.register("auth", "10.0.1.1:80");
        check("10.0.0.2:80".equals(rt.pick("billing", 1)) && "10.0.0.1:80".equals(rt.pick("billing", -2)), "rr");
        check(rt.deregister("auth", "10.0.1.1:80") && rt.serviceCount() == 1 && rt.pick("auth", 0) == null, "auth gone");
        // phase 3: after it is dropped (twice: last endpoint removed, then drain)
        check(rt.deregister("billing", "10.0.0.1:80") && rt.deregister("billing", "10.0.0.2:80"), "emptied");
        check(rt.serviceCount() == 0 && rt.pick("billing", 0) == null, "dropped");
        rt.drain();
        // readers race against a writer that keeps creating and dropping the map
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            fs.add(pool.submit(() -> {
                for (int i = 0; i < 3000; i++) {
                    rt.register("search", "10.0.2." + (i % 3) + ":80");
                    rt.deregister("search", "10.0.2." + ((i + 1) % 3) + ":80");
                    if (i % 7 == 0) {
                        rt.drain();
                    }
                }
            }));
            for (int r = 0; r < 3; r++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 30000; i++) {
                        String ep = rt.pick("search", i);
                        check(ep == null || ep.startsWith("10.0.2."), "bad endpoint " + ep);
                        rt.serviceCount();
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // phase 4: created again
        rt.drain();
        rt.register("billing", "10.0.0.9:80");
        check("10.0.0.9:80".equals(rt.pick("billing", 42)) && rt.serviceCount() == 1, "again");
        System.out.println("SH35RoutingTable OK services=" + rt.serviceCount());
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
