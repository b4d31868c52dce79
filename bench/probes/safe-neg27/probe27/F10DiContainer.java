package probe27;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Tiny DI container: singletons exist only between start() and stop(); beans get a @PostConstruct-like call. */
public final class F10DiContainer {

    /** Lifecycle callbacks, in the spirit of @PostConstruct / @PreDestroy. */
    public interface Lifecycle {
        void postConstruct(F10DiContainer container);
        default void preDestroy() {}
    }

    private final Map<Class<?>, Supplier<?>> bindings = new LinkedHashMap<>();
    private Map<Class<?>, Object> singletons; // null unless the container is running
    private final List<String> events = new ArrayList<>();

    public <T> F10DiContainer bind(Class<T> type, Supplier<? extends T> supplier) {
        if (singletons != null) throw new IllegalStateException("container already started");
        bindings.put(type, supplier);
        return this;
    }

    public void start() {
        if (singletons != null) return;
        Map<Class<?>, Object> created = new LinkedHashMap<>();
        singletons = created;
        for (Class<?> type : List.copyOf(bindings.keySet())) getBean(type); // eager instantiation
        events.add("started " + created.size());
    }

    public <T> T getBean(Class<T> type) {
        Map<Class<?>, Object> s = singletons;
        if (s == null) throw new IllegalStateException("container not started");
        Object existing = s.get(type);
        if (existing != null) return type.cast(existing);
        Supplier<?> supplier = bindings.get(type);
        if (supplier == null) throw new IllegalArgumentException("no binding for " + type.getSimpleName());
        T bean = type.cast(supplier.get());
        s.put(type, bean);
        if (bean instanceof Lifecycle l) l.postConstruct(this);
        return bean;
    }

    public void stop() {
        Map<Class<?>, Object> s = singletons;
        if (s == null) return;
        singletons = null;
        List<Object> beans = new ArrayList<>(s.values());
        Collections.reverse(beans);
        for (Object bean : beans) if (bean instanceof Lifecycle l) l.preDestroy();
        events.add("stopped");
    }

    public boolean isRunning() { return singletons != null; }

    public List<String> events() { return List.copyOf(events); }

    public static final class GreetingRepository implements Lifecycle {
        private Map<String, String> greetings; // filled by postConstruct, dropped by preDestroy

        @Override public void postConstruct(F10DiContainer container) {
            Map<String, String> g = new HashMap<>();
            g.put("en", "Hello");
            g.put("fr", "Bonjour");
            greetings = g;
        }

        @Override public void preDestroy() { greetings = null; }

        public String greeting(String lang) {
            if (greetings == null) throw new IllegalStateException("repository not initialised");
            return greetings.getOrDefault(lang, "Hi");
        }

        public boolean isReady() { return greetings != null; }
    }

    public static final class GreetingService implements Lifecycle {
        private GreetingRepository repository;

        @Override public void postConstruct(F10DiContainer container) {
            repository = container.getBean(GreetingRepository.class);
        }

        public String greet(String lang, String name) {
            if (repository == null) throw new IllegalStateException("service not initialised");
            return repository.greeting(lang) + ", " + name;
        }
    }

    public static void main(String[] args) {
        F10DiContainer c = new F10DiContainer()
                .bind(GreetingService.class, GreetingService::new)
                .bind(GreetingRepository.class, GreetingRepository::new);
        assert !c.isRunning();
        boolean notStarted = false;
        try { c.getBean(GreetingService.class); } catch (IllegalStateException expected) { notStarted = true; }
        assert notStarted;
        GreetingRepository orphan = new GreetingRepository();
        boolean orphanRefused = false;
        try { orphan.greeting("en"); } catch (IllegalStateException expected) { orphanRefused = true; }
        assert orphanRefused && !orphan.isReady();

        c.stop(); // no-op before start
        c.start();
        c.start();
        GreetingService service = c.getBean(GreetingService.class);
        assert service.greet("fr", "Ana").equals("Bonjour, Ana") && service.greet("de", "Jo").equals("Hi, Jo");
        GreetingRepository repo = c.getBean(GreetingRepository.class);
        assert repo.isReady();
        boolean unbound = false;
        try { c.getBean(String.class); } catch (IllegalArgumentException expected) { unbound = true; }
        assert unbound;
        boolean frozen = false;
        try { c.bind(Integer.class, () -> 1); } catch (IllegalStateException expected) { frozen = true; }
        assert frozen;
        c.stop();
        assert !c.isRunning() && !repo.isReady();
        assert c.events().equals(List.of("started 2", "stopped")) : c.events();
        System.out.println("F10 ok");
    }
}
