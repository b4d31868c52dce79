package probe38;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-request diagnostic context (MDC style) for a logging library.
 * {@link #open(String)} hands out a {@link Scope}; at most one scope is open
 * at a time, and {@code values} is non-null exactly while that scope is open.
 * Scope methods check their own {@code closed} flag: an unclosed scope is
 * necessarily the active one, so the shared map exists. Closing the scope
 * (explicitly or by try-with-resources) drops the map. Single-threaded
 * (one context per request thread).
 */
public final class SH37RequestContext {

    public final class Scope implements AutoCloseable {
        private final String requestId;
        private boolean closed;

        private Scope(String requestId) {
            this.requestId = requestId;
        }

        public void put(String key, String value) {
            if (closed) {
                throw new IllegalStateException("scope " + requestId + " is closed");
            }
            if (key == null) {
                throw new IllegalArgumentException("key");
            }
            values.put(key, value);
        }

        public String get(String key) {
            if (closed) {
                throw new IllegalStateException("scope " + requestId + " is closed");
            }
            return values.get(key);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            values = null;
            active = null;
        }
    }

    private Map<String, String> values; // non-null exactly while an unclosed Scope exists
    private Scope active;               // the unclosed Scope, if any
    private int opened;

    public Scope open(String requestId) {
        if (requestId == null || requestId.isEmpty()) {
            throw new IllegalArgumentException("requestId");
        }
        if (active != null) {
            throw new IllegalStateException("scope " + active.requestId + " is still open");
        }
        Map<String, String> fresh = new LinkedHashMap<>();
        fresh.put("request", requestId);
        Scope s = new Scope(requestId);
        values = fresh;
        active = s;
        opened++;
        return s;
    }

    public boolean hasActiveScope() {
        return active != null;
    }

    public String format(String message) {
        return active == null ? message : values + " " + message;
    }

    public static void main(String[] args) {
        SH37RequestContext ctx = new SH37RequestContext();
        // phase 1: before the map exists
        check(!ctx.hasActiveScope() && "boot".equals(ctx.format("boot")), "no scope");
        expect(IllegalArgumentException.class, () -> ctx.open(""));
        // phase 2: while it exists
        Scope first = ctx.open("r1");
        first.put("user", "ada");
        check("ada".equals(first.get("user")), "stored");
        check("{request=r1, user=ada} login".equals(ctx.format("login")), ctx.format("login"));
        expect(IllegalStateException.class, () -> ctx.open("r2"));
        // phase 3: after it is dropped (twice)
        first.close();
        first.close();
        check(!ctx.hasActiveScope() && "idle".equals(ctx.format("idle")), "closed");
        expect(IllegalStateException.class, () -> first.get("user"));
        expect(IllegalStateException.class, () -> first.put("user", "bob"));
        expect(IllegalStateException.class, () -> {
            try (Scope failing = ctx.open("r2")) {
                failing.put("step", "parse");
                throw new IllegalStateException("handler failed");
            }
        });
        check(!ctx.hasActiveScope(), "closed by try-with-resources");
        // phase 4: created again
        try (Scope again = ctx.open("r3")) {
            again.put("user", "cy");
            check("{request=r3, user=cy} ok".equals(ctx.format("ok")) && again.get("step") == null, "fresh map");
            expect(IllegalStateException.class, () -> first.get("user"));
        }
        check(!ctx.hasActiveScope(), "closed at end");
        System.out.println("SH37RequestContext OK opened=" + ctx.opened);
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
