package probe18p;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** SLF4J-MDC-like diagnostic context with nested scopes that restore the outer context on close. */
public final class V19LogContext {

    private static Map<String, String> current;

    private V19LogContext() {
    }

    /** Opens a nested scope: a copy of the current context that is discarded on close(). */
    static final class Scope implements AutoCloseable {
        private final Map<String, String> saved;

        Scope(Map<String, String> saved) {
            this.saved = saved;
        }

        Scope with(String key, String value) {
            put(key, value);
            return this;
        }

        @Override
        public void close() {
            current = saved;
        }
    }

    public static Scope open() {
        Map<String, String> outer = current;
        current = outer == null ? new HashMap<>() : new HashMap<>(outer);
        return new Scope(outer);
    }

    public static void put(String key, String value) {
        current.put(key, value); // BUG
    }

    public static String get(String key) {
        return current.get(key); // BUG
    }

    public static Map<String, String> copy() {
        Map<String, String> out = new LinkedHashMap<>();
        current.forEach(out::put); // BUG
        return out;
    }

    public static String format(String msg) {
        Map<String, String> ctx = current;
        return (ctx == null || ctx.isEmpty() ? "" : ctx + " ") + msg;
    }

    static void reset() {
        current = null;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V19LogContext.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V19LogContext.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        try (Scope request = open()) {
            request.with("requestId", "r-1");
            try (Scope db = open()) {
                db.with("db", "orders");
                System.out.println(format("query done") + " " + copy());
            }
            System.out.println(format("request done") + " " + get("requestId"));
        }
        System.out.println(format("idle"));

        prove(41, () -> {
            reset();
            try (Scope s = open()) {
                s.with("job", "nightly");
            }
            put("job", "nightly-retry"); // retry path runs after the scope was closed
        });
        prove(45, () -> {
            reset();
            try (Scope s = open()) {
                s.with("tenant", "acme");
            }
            System.out.println(get("tenant"));
        });
        prove(50, () -> {
            reset();
            Runnable task = () -> System.out.println("async task ctx " + copy());
            try (Scope s = open()) {
                s.with("user", "bob");
            }
            task.run();
        });
    }
}
