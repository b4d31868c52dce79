package probe23b;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Static service locator; shutdown() drops the static registry, register() and Handle.get() still use it. */
public class G17ServiceLocator {
    private static final String FILE = "G17ServiceLocator.java";
    private static final int L1 = 29;
    private static final int L2 = 56;

    private static ConcurrentMap<Class<?>, Object> services;
    private static volatile boolean started;

    static synchronized void bootstrap() {
        if (services == null) {
            services = new ConcurrentHashMap<>();
        }
        started = true;
    }

    static synchronized void shutdown() {
        started = false;
        services = null;
    }

    static <T> void register(Class<T> type, T impl) {
        services.put(type, impl); // BUG
    }

    static synchronized <T> boolean registerIfStarted(Class<T> type, T impl) {
        if (services == null) {
            return false;
        }
        services.put(type, impl);
        return true;
    }

    static synchronized <T> T lookup(Class<T> type) {
        if (!started) {
            return null;
        }
        return type.cast(services.get(type));
    }

    /** Cached handle handed to client code; resolves the service on every call. */
    static final class Handle<T> {
        private final Class<T> type;

        Handle(Class<T> type) {
            this.type = type;
        }

        T get() {
            return type.cast(services.get(type)); // BUG
        }

        T getOrNull() {
            Map<Class<?>, Object> s = services;
            return s == null ? null : type.cast(s.get(type));
        }
    }

    interface Clock {
        long now();
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        bootstrap();
        Clock fixed = () -> 42L;
        register(Clock.class, fixed);
        assert lookup(Clock.class) == fixed;
        Handle<Clock> h = new Handle<>(Clock.class);
        assert h.get().now() == 42L;
        assert h.getOrNull() == fixed;
        shutdown();
        assert lookup(Clock.class) == null;
        assert h.getOrNull() == null;
        assert !registerIfStarted(String.class, "x");
        bootstrap();
        assert registerIfStarted(String.class, "y");
        assert "y".equals(new Handle<>(String.class).get());

        try {
            shutdown();
            register(Clock.class, fixed);
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            bootstrap();
            Handle<Clock> cached = new Handle<>(Clock.class);
            shutdown();
            cached.get();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
