package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Process-wide registry of named services, initialised once at startup and
 * torn down at shutdown.
 */
public final class K01StaticRegistry {

    /** Anything that can be registered. */
    public interface Service {
        String describe();
    }

    private static Map<String, Service> services;
    private static boolean initialised;
    private static int lookups;

    private K01StaticRegistry() {
    }

    public static synchronized void init() {
        if (initialised) {
            return;
        }
        services = new HashMap<>();
        initialised = true;
        register("echo", () -> "echo service");
        register("clock", () -> "clock service");
    }

    public static synchronized boolean isInitialised() {
        return initialised;
    }

    public static synchronized void register(String name, Service service) {
        if (!initialised) {
            throw new IllegalStateException("registry not initialised");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name required");
        }
        services.put(name, service);
    }

    public static synchronized Service lookup(String name) {
        lookups++;
        if (!initialised) {
            return null;
        }
        return services.get(name);
    }

    public static synchronized List<String> names() {
        List<String> out = new ArrayList<>();
        if (initialised) {
            for (String key : services.keySet()) {
                out.add(key);
            }
        }
        out.sort(null);
        return out;
    }

    public static synchronized int size() {
        return initialised ? services.size() : 0;
    }

    public static synchronized int lookups() {
        return lookups;
    }

    public static synchronized void shutdown() {
        if (!initialised) {
            return;
        }
        services.clear();
        services = null;
        initialised = false;
    }

    public static void main(String[] args) {
        System.out.println("before init: " + lookup("echo") + " size=" + size() + " names=" + names());
        try {
            register("early", () -> "too early");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        init();
        init();
        System.out.println("initialised=" + isInitialised());
        register("db", () -> "database service");
        try {
            register(" ", () -> "blank");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        Service echo = lookup("echo");
        System.out.println(echo == null ? "missing" : echo.describe());
        System.out.println("unknown=" + lookup("nope"));
        System.out.println("names=" + names() + " size=" + size());
        shutdown();
        shutdown();
        System.out.println("after shutdown: " + lookup("db") + " size=" + size() + " names=" + names());
        init();
        System.out.println("restarted names=" + names() + " lookups=" + lookups());
        shutdown();
    }
}
