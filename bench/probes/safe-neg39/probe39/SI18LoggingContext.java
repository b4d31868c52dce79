package probe39;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Mapped diagnostic context (MDC) of a logging library. Context entries exist only inside a
 * {@link #withContext} scope: the outermost scope creates the map and its {@code finally} block
 * drops it; nested scopes restore the outer value in their {@code finally} block. {@code depth}
 * counts the open scopes, and the map exists exactly while {@code depth > 0}.
 *
 * <p>This class is single-threaded: like a thread-local MDC, an instance belongs to one thread.
 */
public final class SI18LoggingContext {
    private LinkedHashMap<String, String> mdc; // non-null iff depth > 0
    private int depth;
    private final List<String> lines = new ArrayList<>();

    public <T> T withContext(String key, String value, Supplier<T> body) {
        if (key == null || key.isEmpty() || value == null || body == null) {
            throw new IllegalArgumentException("key, value and body are required");
        }
        if (depth == 0) {
            mdc = new LinkedHashMap<>();
        }
        String previous = mdc.put(key, value);
        depth++;
        try {
            return body.get();
        } finally {
            depth--;
            if (depth == 0) {
                mdc = null;
            } else if (previous == null) {
                mdc.remove(key);
            } else {
                mdc.put(key, previous);
            }
        }
    }

    public void run(String key, String value, Runnable body) {
        if (body == null) {
            throw new IllegalArgumentException("body is null");
        }
        withContext(key, value, () -> {
            body.run();
            return null;
        });
    }

    public String log(String message) {
        if (message == null) {
            throw new IllegalArgumentException("message is null");
        }
        String line = depth == 0 ? message : renderContext() + " " + message;
        lines.add(line);
        return line;
    }

    /** Called only while depth > 0. */
    private String renderContext() {
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        mdc.forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }

    public Optional<String> get(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key is null");
        }
        if (depth == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(mdc.get(key));
    }

    public int depth() {
        return depth;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI18LoggingContext ctx = new SI18LoggingContext();
        check(ctx.log("boot").equals("boot") && ctx.get("request").isEmpty(), "no context outside scopes");
        expect(IllegalArgumentException.class, () -> ctx.withContext(null, "v", () -> 1));
        expect(IllegalArgumentException.class, () -> ctx.run("k", "v", null));
        expect(IllegalArgumentException.class, () -> ctx.log(null));
        expect(IllegalArgumentException.class, () -> ctx.get(null));

        int status = ctx.withContext("request", "r-1", () -> {
            ctx.log("start");
            ctx.run("user", "ann", () -> ctx.log("auth"));
            ctx.run("request", "r-1.sub", () -> ctx.log("sub-request"));
            check(ctx.get("user").isEmpty() && ctx.get("request").orElse("").equals("r-1"), "restored");
            return 200;
        });
        check(status == 200 && ctx.depth() == 0 && ctx.get("request").isEmpty(), "scope closed");
        check(ctx.lines().equals(List.of("boot", "[request=r-1] start", "[request=r-1, user=ann] auth",
                "[request=r-1.sub] sub-request")), ctx.lines().toString());

        expect(IllegalStateException.class, () -> ctx.run("job", "j-9", () -> {
            ctx.log("failing");
            throw new IllegalStateException("boom");
        }));
        check(ctx.depth() == 0 && ctx.log("after failure").equals("after failure"), "dropped after exception");

        ctx.run("job", "j-10", () -> check(ctx.get("job").orElse("").equals("j-10"), "reopened scope"));
        check(ctx.get("job").isEmpty() && ctx.lines().size() == 6, "closed again");
        System.out.println("OK SI18LoggingContext");
    }
}
