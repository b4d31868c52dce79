package probe33;

import java.util.HashMap;
import java.util.Map;

/**
 * A logging MDC (mapped diagnostic context) like SLF4J's, kept per thread. The per-thread
 * map is created by the first put and removed again by clear(), so threads that never log
 * with context carry no map at all.
 */
public final class SC11DiagnosticContext {

    private static final class Holder {
        Map<String, String> context;
    }

    private static final ThreadLocal<Holder> HOLDER = ThreadLocal.withInitial(Holder::new);

    private SC11DiagnosticContext() {
    }

    public static void put(String key, String value) {
        if (key == null) {
            throw new IllegalArgumentException("key");
        }
        Holder h = HOLDER.get();
        if (h.context == null) {
            h.context = new HashMap<>();
        }
        h.context.put(key, value);
    }

    public static String get(String key) {
        Map<String, String> ctx = HOLDER.get().context;
        return ctx != null ? ctx.get(key) : null;
    }

    public static void remove(String key) {
        Holder h = HOLDER.get();
        if (h.context != null) {
            h.context.remove(key);
        }
    }

    public static Map<String, String> copy() {
        Map<String, String> ctx = HOLDER.get().context;
        return ctx == null ? Map.of() : Map.copyOf(ctx);
    }

    public static void clear() {
        HOLDER.get().context = null;
    }

    public static String format(String message) {
        Map<String, String> ctx = HOLDER.get().context;
        if (ctx == null || ctx.isEmpty()) {
            return message;
        }
        return new java.util.TreeMap<>(ctx) + " " + message;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        clear();
        check(get("req") == null && copy().isEmpty(), "empty");
        check(format("hi").equals("hi"), "plain");
        remove("req");
        try {
            put(null, "x");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }

        put("req", "42");
        put("user", "ada");
        check("42".equals(get("req")) && copy().size() == 2, "populated");
        check(format("hi").equals("{req=42, user=ada} hi"), "formatted " + format("hi"));
        remove("user");
        check(copy().equals(Map.of("req", "42")), "removed user");

        Thread other = new Thread(() -> {
            if (get("req") != null || !copy().isEmpty() || !format("t").equals("t")) {
                throw new AssertionError("other thread must not see the context");
            }
            remove("req");
            clear();
        });
        other.start();
        other.join();
        check("42".equals(get("req")), "still there");

        for (int i = 0; i < 2; i++) {
            clear();
            check(get("req") == null && copy().isEmpty() && format("x").equals("x"), "cleared");
            remove("req");
        }
        put("span", "s1");
        check("s1".equals(get("span")) && copy().size() == 1 && format("m").startsWith("{span=s1}"), "again");
        System.out.println("SC11 ok");
    }
}
