package probe21;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MDC-style logging context. The per-thread maps come from ThreadLocal.withInitial, so
 * MDC.get() never returns null. A context object can additionally capture a copy of the
 * calling thread's map to hand it to worker threads; that captured map is null until
 * capture() and after release(), and is only read under the same lock with a null test.
 */
public final class U11LogContext {

    private static final ThreadLocal<Map<String, String>> MDC = ThreadLocal.withInitial(LinkedHashMap::new);

    public static void put(String key, String value) {
        MDC.get().put(key, value);
    }

    public static String get(String key) {
        return MDC.get().get(key);
    }

    public static void clear() {
        MDC.remove();
    }

    private Map<String, String> captured;

    public synchronized U11LogContext capture() {
        captured = new LinkedHashMap<>(MDC.get());
        return this;
    }

    public synchronized void release() {
        captured = null;
    }

    public Runnable wrap(Runnable task) {
        Map<String, String> snapshot;
        synchronized (this) {
            snapshot = captured == null
                    ? Collections.emptyMap()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(captured));
        }
        return () -> {
            Map<String, String> previous = new LinkedHashMap<>(MDC.get());
            MDC.get().clear();
            MDC.get().putAll(snapshot);
            try {
                task.run();
            } finally {
                MDC.get().clear();
                MDC.get().putAll(previous);
            }
        };
    }

    public synchronized String format(String message) {
        StringBuilder sb = new StringBuilder();
        if (captured != null && !captured.isEmpty()) {
            captured.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
        }
        return sb.append(message).toString();
    }

    public static void main(String[] args) throws InterruptedException {
        U11LogContext ctx = new U11LogContext();
        System.out.println(ctx.format("nothing captured"));
        Runnable plain = ctx.wrap(() -> System.out.println("worker sees " + get("requestId")));
        put("requestId", "r-1");
        put("user", "bob");
        ctx.capture();
        System.out.println(ctx.format("captured"));
        Runnable withContext = ctx.wrap(() -> System.out.println("worker sees " + get("requestId") + "/" + get("user")));
        ctx.release();
        System.out.println(ctx.format("released"));

        Thread t1 = new Thread(withContext);
        Thread t2 = new Thread(plain);
        t1.start();
        t1.join();
        t2.start();
        t2.join();
        clear();
        System.out.println("after clear: " + get("requestId"));
    }
}
