package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Service-discovery registry similar to Eureka / Consul clients: services have
 * endpoints keyed by instance id, endpoints carry optional metadata such as zone,
 * and a heartbeat thread records liveness once the registry is started.
 */
public class BC18ServiceRegistry {

    static final class Endpoint {
        final String id;
        final String address;
        final Map<String, String> metadata;

        Endpoint(String id, String address) {
            this.id = id;
            this.address = address;
            this.metadata = null;
        }

        Endpoint(String id, String address, Map<String, String> metadata) {
            this.id = id;
            this.address = address;
            this.metadata = metadata;
        }
    }

    private final Map<String, Map<String, Endpoint>> instances = new HashMap<>();
    private Map<String, Long> heartbeats;
    private final ExecutorService beater = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public void start() {
        heartbeats = new ConcurrentHashMap<>();
    }

    public void register(String service, Endpoint ep) {
        instances.computeIfAbsent(service, s -> new HashMap<>()).put(ep.id, ep);
    }

    public int countInstances(String service) {
        return instances.get(service).size();
    }

    public List<Endpoint> healthy(String service) {
        Map<String, Endpoint> eps = instances.get(service);
        if (eps == null) {
            return List.of();
        }
        List<Endpoint> out = new ArrayList<>(eps.values());
        Map<String, Long> hb = heartbeats;
        if (hb != null) {
            out.removeIf(ep -> !hb.containsKey(ep.id));
        }
        return out;
    }

    public String zoneOf(Endpoint ep) {
        return ep.metadata.getOrDefault("zone", "default");
    }

    public List<String> zones(String service) {
        List<String> out = new ArrayList<>();
        for (Endpoint ep : instances.getOrDefault(service, Map.of()).values()) {
            out.add(ep.metadata == null ? "default" : ep.metadata.getOrDefault("zone", "default"));
        }
        return out;
    }

    public Future<Integer> beat(String service) {
        return beater.submit(() -> {
            int n = 0;
            for (Endpoint ep : instances.getOrDefault(service, Map.of()).values()) {
                heartbeats.put(ep.id, System.nanoTime());
                n++;
            }
            return n;
        });
    }

    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                throw npe;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC18ServiceRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC18ServiceRegistry.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC18ServiceRegistry registry = new BC18ServiceRegistry();
        Endpoint a = new Endpoint("pay-1", "10.0.0.1:80", Map.of("zone", "eu-1"));
        Endpoint b = new Endpoint("pay-2", "10.0.0.2:80");
        registry.register("payments", a);
        registry.register("payments", b);
        System.out.println("count=" + registry.countInstances("payments") + " zones=" + registry.zones("payments")
                + " zoneA=" + registry.zoneOf(a) + " healthy=" + registry.healthy("payments").size());
        registry.start();
        System.out.println("beats=" + await(registry.beat("payments")) + " healthy=" + registry.healthy("payments").size()
                + " unknown=" + registry.healthy("search").size());

        expectNpe("count for unregistered service", 55, () -> registry.countInstances("search"));
        expectNpe("zone of endpoint without metadata", 72, () -> registry.zoneOf(b));
        BC18ServiceRegistry cold = new BC18ServiceRegistry();
        cold.register("mail", new Endpoint("m-1", "10.0.1.1:25"));
        expectNpe("heartbeat before start", 87, () -> await(cold.beat("mail")));
    }
}
