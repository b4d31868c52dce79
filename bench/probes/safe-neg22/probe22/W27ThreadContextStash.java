package probe22;

import java.util.HashMap;
import java.util.Map;

/**
 * Elasticsearch {@code ThreadContext}-style request headers with stash/restore. Stashing hands back
 * a restore handle (a lambda) that puts the previous header map back, which may itself be null;
 * all readers therefore test the field.
 */
public class W27ThreadContextStash {

    /** Handle returned by stash operations. */
    @FunctionalInterface
    public interface StoredContext {
        void restore();
    }

    /** Per-worker request context; confined to the worker thread that owns it. */
    public static final class RequestContext {
        private Map<String, String> headers; // null when no header is set

        public void putHeader(String key, String value) {
            if (headers == null) {
                headers = new HashMap<>();
            }
            if (headers.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("header [" + key + "] already present");
            }
        }

        public String getHeader(String key) {
            return headers == null ? null : headers.get(key);
        }

        public int headerCount() {
            return headers == null ? 0 : headers.size();
        }

        /** Clears the context for system work; the handle brings the old headers back. */
        public StoredContext stashContext() {
            final Map<String, String> saved = headers;
            headers = null;
            return () -> headers = saved;
        }

        /** Keeps the current headers but lets the caller add more temporarily. */
        public StoredContext newStoredContext() {
            final Map<String, String> saved = headers == null ? null : new HashMap<>(headers);
            return () -> headers = saved;
        }
    }

    static String callSecurityIndex(RequestContext ctx) {
        StoredContext restore = ctx.stashContext();
        try {
            ctx.putHeader("_xpack_user", "_system");
            return "system call as " + ctx.getHeader("_xpack_user") + ", user header=" + ctx.getHeader("user");
        } finally {
            restore.restore();
        }
    }

    public static void main(String[] args) {
        RequestContext ctx = new RequestContext();
        System.out.println(callSecurityIndex(ctx) + " | after: " + ctx.headerCount() + " " + ctx.getHeader("_xpack_user"));

        ctx.putHeader("user", "alice");
        ctx.putHeader("trace-id", "abc123");
        System.out.println(callSecurityIndex(ctx) + " | after: " + ctx.getHeader("user") + " " + ctx.headerCount());

        StoredContext back = ctx.newStoredContext();
        ctx.putHeader("opaque-id", "req-7");
        System.out.println("inside: " + ctx.headerCount());
        back.restore();
        System.out.println("restored: " + ctx.headerCount() + " " + ctx.getHeader("opaque-id"));

        StoredContext empty = ctx.stashContext();
        System.out.println("stashed: " + ctx.headerCount() + " " + ctx.getHeader("user"));
        empty.restore();
        System.out.println("restored: " + ctx.getHeader("user"));
    }
}
