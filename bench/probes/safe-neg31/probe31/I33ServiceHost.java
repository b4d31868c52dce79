package probe31;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Lifecycle contract shared by hosted components. */
interface I33Lifecycle {
    boolean isStarted();

    default void requireStarted() {
        if (!isStarted()) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not started");
        }
    }
}

/**
 * Service host with a lifecycle contract. The started check lives in a default method of the
 * Lifecycle interface; endpoint storage exists only between start() and stop().
 */
public final class I33ServiceHost implements I33Lifecycle {
    private ConcurrentHashMap<String, String> endpoints; // non-null iff started
    private boolean started;

    public synchronized void start() {
        if (started) {
            return;
        }
        endpoints = new ConcurrentHashMap<>();
        started = true;
    }

    public synchronized void stop() {
        started = false;
        endpoints = null;
    }

    @Override
    public synchronized boolean isStarted() {
        return started;
    }

    public synchronized void bind(String service, String address) {
        requireStarted();
        if (service == null || address == null) {
            throw new IllegalArgumentException("service and address are required");
        }
        endpoints.put(service, address);
    }

    public synchronized String resolve(String service) {
        requireStarted();
        String address = service == null ? null : endpoints.get(service);
        if (address == null) {
            throw new IllegalArgumentException("unknown service " + service);
        }
        return address;
    }

    public synchronized Set<String> services() {
        if (!isStarted()) {
            return Set.of();
        }
        return new TreeSet<>(endpoints.keySet());
    }

    public static void main(String[] args) {
        I33ServiceHost host = new I33ServiceHost();
        host.stop(); // stop before start
        if (host.isStarted() || !host.services().isEmpty()) throw new AssertionError("not started");
        for (Runnable r : new Runnable[] {() -> host.bind("billing", "10.0.0.1:80"), () -> host.resolve("billing"),
                host::requireStarted}) {
            try {
                r.run();
                throw new AssertionError("operation allowed before start");
            } catch (IllegalStateException expected) {
                // lifecycle violation
            }
        }
        host.start();
        host.start();
        host.requireStarted();
        host.bind("billing", "10.0.0.1:80");
        host.bind("search", "10.0.0.2:9200");
        if (!host.resolve("search").equals("10.0.0.2:9200")) throw new AssertionError("resolve");
        try {
            host.resolve("missing");
            throw new AssertionError("unknown service");
        } catch (IllegalArgumentException expected) {
            // unknown
        }
        Set<String> names = host.services();
        host.stop();
        host.stop();
        host.start();
        System.out.println("I33 " + names + " after restart " + host.services());
    }
}
