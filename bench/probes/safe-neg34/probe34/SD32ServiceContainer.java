package probe34;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

/** Small DI container; private helpers touch the maps without checks because every caller runs init() first. */
public class SD32ServiceContainer {
    record Clock(long millis) { }

    record Repository(Clock clock, String url) { }

    record Service(Repository repository) { }

    private Map<Class<?>, Supplier<?>> providers; // created by init(), dropped by close()
    private Map<Class<?>, Object> singletons;     // created and dropped together with providers
    private final Set<Class<?>> resolving = new HashSet<>();

    private void init() {
        if (providers == null) {
            providers = new HashMap<>();
            singletons = new HashMap<>();
        }
    }

    // precondition: init() has run
    private void register(Class<?> type, Supplier<?> provider) {
        if (providers.containsKey(type)) {
            throw new IllegalStateException(type.getSimpleName() + " already bound");
        }
        providers.put(type, provider);
    }

    // precondition: init() has run; the cache reference is taken before any provider code runs
    private Object resolve(Class<?> type) {
        Map<Class<?>, Object> cache = singletons;
        Object existing = cache.get(type);
        if (existing != null) {
            return existing;
        }
        Supplier<?> provider = providers.get(type);
        if (provider == null) {
            throw new NoSuchElementException("no binding for " + type.getSimpleName());
        }
        if (!resolving.add(type)) {
            throw new IllegalStateException("dependency cycle through " + type.getSimpleName());
        }
        try {
            Object created = provider.get();
            cache.put(type, created);
            return created;
        } finally {
            resolving.remove(type);
        }
    }

    public <T> void bind(Class<T> type, Supplier<? extends T> provider) {
        init();
        register(type, provider);
    }

    public <T> T get(Class<T> type) {
        init();
        return type.cast(resolve(type));
    }

    public boolean isBound(Class<?> type) {
        init();
        return providers.containsKey(type);
    }

    public int singletonCount() {
        init();
        return singletons.size();
    }

    public boolean isInitialised() {
        return providers != null;
    }

    public void close() {
        providers = null;
        singletons = null;
        resolving.clear();
    }

    private static void exerciseFresh(SD32ServiceContainer c) {
        check(!c.isInitialised(), "not initialised");
        expect(NoSuchElementException.class, () -> c.get(Service.class));
        check(c.isInitialised(), "get() initialises");
        c.close();
        check(!c.isBound(Clock.class) && c.singletonCount() == 0, "nothing bound");
        c.close();
    }

    private static void wire(SD32ServiceContainer c) {
        c.bind(Clock.class, () -> new Clock(42L));
        c.bind(Repository.class, () -> new Repository(c.get(Clock.class), "jdbc:h2:mem"));
        c.bind(Service.class, () -> new Service(c.get(Repository.class)));
    }

    public static void main(String[] args) {
        SD32ServiceContainer container = new SD32ServiceContainer();
        exerciseFresh(container);

        wire(container);
        expect(IllegalStateException.class, () -> container.bind(Clock.class, () -> new Clock(0)));
        Service service = container.get(Service.class);
        check(service.repository().clock().millis() == 42L, "wired graph");
        check(container.get(Service.class) == service && container.singletonCount() == 3, "singletons");
        check(container.isBound(Repository.class) && container.isInitialised(), "bound");
        container.bind(Runnable.class, () -> container.get(Runnable.class));
        expect(IllegalStateException.class, () -> container.get(Runnable.class));

        container.close();
        exerciseFresh(container);
        container.close();
        exerciseFresh(container);

        container.bind(Clock.class, () -> new Clock(7L));
        check(container.get(Clock.class).millis() == 7L && container.singletonCount() == 1, "recreated");
        wire(new SD32ServiceContainer());
        expect(IllegalStateException.class, () -> wire(container));
        check(container.isBound(Clock.class), "still bound");
        container.close();
        exerciseFresh(container);
        System.out.println("SD32ServiceContainer ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
