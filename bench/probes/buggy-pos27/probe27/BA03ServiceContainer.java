package probe27;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Minimal dependency-injection container with singleton and named-scope lifecycles,
 * plus a profile-aware subclass, similar to the containers embedded in web frameworks.
 */
public class BA03ServiceContainer {
    private final Map<Class<?>, Supplier<?>> providers = new HashMap<>();
    private final Map<String, Map<Class<?>, Object>> scoped = new ConcurrentHashMap<>();
    private Map<Class<?>, Object> singletons = new ConcurrentHashMap<>();

    public BA03ServiceContainer(boolean autoRegister) {
        if (autoRegister) {
            registerBuiltins();
        }
    }

    protected void registerBuiltins() {
        bind(Clock.class, Clock::systemUTC);
        bind(StringBuilder.class, StringBuilder::new);
    }

    public <T> void bind(Class<T> type, Supplier<? extends T> supplier) {
        providers.put(type, supplier);
    }

    public void reload() {
        registerBuiltins();
    }

    public <T> T get(Class<T> type) {
        Object existing = singletons.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        Object created = create(type);
        singletons.put(type, created);
        return type.cast(created);
    }

    private Object create(Class<?> type) {
        Supplier<?> provider = providers.get(type);
        if (provider == null) {
            throw new IllegalStateException("no binding for " + type.getName());
        }
        return provider.get();
    }

    public boolean isInstantiated(Class<?> type) {
        Map<Class<?>, Object> current = singletons;
        return current != null && current.containsKey(type);
    }

    public void enterScope(String scope) {
        scoped.putIfAbsent(scope, new ConcurrentHashMap<>());
    }

    public <T> T getScoped(String scope, Class<T> type) {
        Map<Class<?>, Object> instances = scoped.get(scope);
        Object existing = instances.get(type);
        if (existing == null) {
            existing = create(type);
            instances.put(type, existing);
        }
        return type.cast(existing);
    }

    public int exitScope(String scope) {
        Map<Class<?>, Object> instances = scoped.remove(scope);
        return instances == null ? 0 : instances.size();
    }

    public void dispose() {
        singletons = null;
        scoped.clear();
    }

    /** Container whose profile can replace built-in bindings. */
    static class ProfileContainer extends BA03ServiceContainer {
        private final Map<Class<?>, Supplier<?>> profileOverrides = new HashMap<>();
        private final String profile;

        ProfileContainer(String profile, boolean autoRegister) {
            super(autoRegister);
            this.profile = profile;
        }

        @Override
        protected void registerBuiltins() {
            super.registerBuiltins();
            profileOverrides.put(Clock.class, Clock::systemDefaultZone);
        }

        @Override
        public <T> T get(Class<T> type) {
            Supplier<?> override = profileOverrides.get(type);
            if (override != null) {
                return type.cast(override.get());
            }
            return super.get(type);
        }

        String profile() {
            return profile;
        }
    }

    public static void main(String[] args) {
        BA03ServiceContainer container = new BA03ServiceContainer(true);
        System.out.println("clock zone: " + container.get(Clock.class).getZone());
        System.out.println("instantiated: " + container.isInstantiated(Clock.class));
        container.enterScope("request-1");
        container.getScoped("request-1", StringBuilder.class).append("scoped");
        System.out.println("scope size: " + container.exitScope("request-1") + ", missing scope: " + container.exitScope("nope"));
        ProfileContainer dev = new ProfileContainer("dev", false);
        dev.reload();
        System.out.println(dev.profile() + " clock present: " + (dev.get(Clock.class) != null));
        container.dispose();
        System.out.println("after dispose instantiated: " + container.isInstantiated(Clock.class));

        expectNpe(97, () -> new ProfileContainer("prod", true));
        expectNpe(38, () -> container.get(Clock.class));
        BA03ServiceContainer fresh = new BA03ServiceContainer(true);
        expectNpe(66, () -> fresh.getScoped("request-2", StringBuilder.class));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA03ServiceContainer.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
