package probe31;

import java.util.LinkedHashMap;
import java.util.StringJoiner;

/**
 * MDC-style logging context for a request thread. put() returns a Scope that restores the previous
 * value on close; the backing map is released whenever the context becomes empty.
 */
public final class I26RequestContext {
    private LinkedHashMap<String, String> mdc; // null whenever the context is empty

    public final class Scope implements AutoCloseable {
        private final String key;
        private final String previous;
        private boolean closed;

        private Scope(String key, String previous) {
            this.key = key;
            this.previous = previous;
        }

        public String key() {
            return key;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (previous != null) {
                if (mdc == null) {
                    mdc = new LinkedHashMap<>();
                }
                mdc.put(key, previous);
            } else if (mdc != null) {
                mdc.remove(key);
                if (mdc.isEmpty()) {
                    mdc = null;
                }
            }
        }
    }

    public Scope put(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("context entries need a key and a value");
        }
        if (mdc == null) {
            mdc = new LinkedHashMap<>();
        }
        return new Scope(key, mdc.put(key, value));
    }

    public String get(String key) {
        return mdc == null ? null : mdc.get(key);
    }

    public int size() {
        return mdc == null ? 0 : mdc.size();
    }

    public String format(String message) {
        if (mdc == null) {
            return message;
        }
        StringJoiner j = new StringJoiner(" ", "[", "] ");
        mdc.forEach((k, v) -> j.add(k + "=" + v));
        return j + message;
    }

    public void clear() {
        mdc = null;
    }

    public static void main(String[] args) {
        I26RequestContext ctx = new I26RequestContext();
        if (ctx.get("requestId") != null || ctx.size() != 0 || !ctx.format("boot").equals("boot")) throw new AssertionError("empty");
        ctx.clear();
        try (Scope req = ctx.put("requestId", "r-1")) {
            try (Scope user = ctx.put("user", "ann")) {
                if (!ctx.format("hello").equals("[requestId=r-1 user=ann] hello")) throw new AssertionError(ctx.format("hello"));
                try (Scope override = ctx.put("user", "root")) {
                    if (!ctx.get(override.key()).equals("root")) throw new AssertionError("override");
                }
                if (!ctx.get(user.key()).equals("ann")) throw new AssertionError("restored");
            }
            if (ctx.size() != 1 || !req.key().equals("requestId")) throw new AssertionError("inner closed");
        }
        if (ctx.size() != 0 || ctx.get("requestId") != null) throw new AssertionError("released");
        Scope dangling = ctx.put("tenant", "acme");
        Scope shadow = ctx.put("tenant", "other");
        ctx.clear(); // wipe everything while scopes are still open
        shadow.close(); // restores "acme" into a fresh map
        dangling.close();
        dangling.close();
        try {
            ctx.put(null, "x");
            throw new AssertionError("null key");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("I26 " + ctx.format("done") + " size=" + ctx.size());
    }
}
