package probe32;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Tiny dependency-injection container (Guice / Dagger / Spring BeanFactory flavour). Singleton
 * instances live in a map that exists only between start() and stop(). The private resolver
 * uses the map unconditionally; every path into it first checks that the container is started.
 */
public class SA20DiContainer {

    @FunctionalInterface
    public interface Resolver {
        <T> T get(Class<T> type);
    }

    private final Map<Class<?>, Function<Resolver, ?>> providers = new LinkedHashMap<>();
    private Map<Class<?>, Object> singletons; // null while the container is stopped

    public <T> void bind(Class<T> type, Function<Resolver, T> provider) {
        providers.put(type, provider);
    }

    public void start() {
        if (singletons == null) {
            singletons = new HashMap<>();
        }
    }

    public void stop() {
        singletons = null;
    }

    public boolean isStarted() {
        return singletons != null;
    }

    public <T> T get(Class<T> type) {
        if (singletons == null) {
            throw new IllegalStateException("container not started");
        }
        return type.cast(resolve0(type, new ArrayDeque<>()));
    }

    public int preInstantiate() {
        if (!isStarted()) {
            return 0;
        }
        Deque<Class<?>> path = new ArrayDeque<>();
        for (Class<?> type : providers.keySet()) {
            resolve0(type, path);
        }
        return singletons.size();
    }

    /** Callers guarantee that {@code singletons} is non-null. */
    private Object resolve0(Class<?> type, Deque<Class<?>> path) {
        Object existing = singletons.get(type);
        if (existing != null) {
            return existing;
        }
        if (path.contains(type)) {
            throw new IllegalStateException("dependency cycle through " + type.getSimpleName());
        }
        Function<Resolver, ?> provider = providers.get(type);
        if (provider == null) {
            throw new IllegalArgumentException("no binding for " + type.getSimpleName());
        }
        path.push(type);
        try {
            Resolver nested = new Resolver() {
                @Override
                public <T> T get(Class<T> t) {
                    return t.cast(resolve0(t, path));
                }
            };
            Object created = provider.apply(nested);
            singletons.put(type, created);
            return created;
        } finally {
            path.pop();
        }
    }

    record Config(String url) { }
    record Repository(Config config) { }
    record Service(Repository repo, Config config) { }
    record Loop(Object self) { }

    public static void main(String[] args) {
        SA20DiContainer c = new SA20DiContainer();
        c.bind(Config.class, r -> new Config("jdbc:h2:mem:app"));
        c.bind(Repository.class, r -> new Repository(r.get(Config.class)));
        c.bind(Service.class, r -> new Service(r.get(Repository.class), r.get(Config.class)));
        c.bind(Loop.class, r -> new Loop(r.get(Loop.class)));
        System.out.println("stopped preInstantiate=" + c.preInstantiate() + " started=" + c.isStarted());
        try {
            c.get(Service.class);
        } catch (IllegalStateException expected) {
            System.out.println("get refused: " + expected.getMessage());
        }
        c.start();
        Service s = c.get(Service.class);
        System.out.println(s + " same config=" + (s.config() == s.repo().config()));
        try {
            c.get(Loop.class);
        } catch (IllegalStateException expected) {
            System.out.println("cycle: " + expected.getMessage());
        }
        try {
            c.get(String.class);
        } catch (IllegalArgumentException expected) {
            System.out.println("unbound: " + expected.getMessage());
        }
        c.stop();
        c.stop();
        System.out.println("after stop preInstantiate=" + c.preInstantiate());
        c.start();
        c.providers.remove(Loop.class);
        System.out.println("restarted preInstantiate=" + c.preInstantiate() + " new service=" + (c.get(Service.class) != s));
    }
}
