package probe38;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prefix router of a micro web framework. The route map exists from the
 * first mount until unmountAll(); every reader wraps it in
 * {@code Optional.ofNullable(routes).map(...)}. Single-threaded (routes are
 * configured and served on the event-loop thread).
 */
public final class SH07RouteTable {

    private Map<String, String> routes; // prefix -> handler name; null when nothing is mounted
    private int dispatched;

    public void mount(String prefix, String handler) {
        if (prefix == null || !prefix.startsWith("/") || handler == null) {
            throw new IllegalArgumentException("prefix must start with '/' and handler is required");
        }
        routes = Optional.ofNullable(routes).orElseGet(LinkedHashMap::new);
        routes.put(prefix, handler);
    }

    public void unmountAll() {
        routes = null;
    }

    public Optional<String> handlerFor(String path) {
        return Optional.ofNullable(routes).map(r -> longestPrefix(r, path));
    }

    public String dispatch(String path) {
        dispatched++;
        return handlerFor(path).map(h -> h + " <- " + path).orElse("404 " + path);
    }

    public int size() {
        return Optional.ofNullable(routes).map(Map::size).orElse(0);
    }

    public boolean isMounted(String prefix) {
        return Optional.ofNullable(routes).map(r -> r.containsKey(prefix)).orElse(Boolean.FALSE);
    }

    public List<String> prefixes() {
        return Optional.ofNullable(routes).map(r -> List.copyOf(r.keySet())).orElse(List.of());
    }

    public int dispatched() {
        return dispatched;
    }

    private static String longestPrefix(Map<String, String> table, String path) {
        if (path == null) {
            return null;
        }
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : table.entrySet()) {
            String prefix = e.getKey();
            if (path.startsWith(prefix) && prefix.length() > bestLength) {
                best = e.getValue();
                bestLength = prefix.length();
            }
        }
        return best;
    }

    public static void main(String[] args) {
        SH07RouteTable router = new SH07RouteTable();
        // phase 1: before the map exists
        check("404 /api/users".equals(router.dispatch("/api/users")), "404 before mount");
        check(router.size() == 0 && !router.isMounted("/api") && router.prefixes().isEmpty(), "empty");
        check(router.handlerFor(null).isEmpty(), "null path");
        expect(IllegalArgumentException.class, () -> router.mount("api", "h"));
        // phase 2: while it exists
        router.mount("/", "static");
        router.mount("/api", "api");
        router.mount("/api/users", "users");
        check("users <- /api/users/7".equals(router.dispatch("/api/users/7")), "longest prefix");
        check("api <- /api/orders".equals(router.dispatch("/api/orders")), "api prefix");
        check("static <- /index.html".equals(router.dispatch("/index.html")), "root");
        check(router.size() == 3 && router.isMounted("/api"), "three routes");
        check(router.handlerFor(null).isEmpty(), "null path while mounted");
        // phase 3: after it is dropped (twice)
        router.unmountAll();
        router.unmountAll();
        check("404 /api".equals(router.dispatch("/api")) && router.size() == 0, "unmounted");
        check(router.prefixes().isEmpty(), "no prefixes");
        // phase 4: created again
        router.mount("/health", "probe");
        check("probe <- /health".equals(router.dispatch("/health")), "remounted");
        check("404 /api".equals(router.dispatch("/api")), "old routes gone");
        System.out.println("SH07RouteTable OK " + router.prefixes() + " dispatched=" + router.dispatched());
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
