package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Path router for a small web framework; every reader returns early when no routes exist. */
public class SD04RouteTable {
    private Map<String, String> routes; // path pattern -> handler; null when no route is registered
    private String notFoundHandler = "notFound";

    public void register(String pattern, String handler) {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with '/': " + pattern);
        }
        if (routes == null) {
            routes = new HashMap<>();
        }
        routes.put(pattern, handler);
    }

    public String resolve(String path) {
        if (routes == null) {
            return notFoundHandler;
        }
        String exact = routes.get(path);
        if (exact != null) {
            return exact;
        }
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : routes.entrySet()) {
            String pattern = e.getKey();
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                if (path.startsWith(prefix) && prefix.length() > bestLength) {
                    best = e.getValue();
                    bestLength = prefix.length();
                }
            }
        }
        return best != null ? best : notFoundHandler;
    }

    public boolean unregister(String pattern) {
        if (routes == null) {
            return false;
        }
        boolean removed = routes.remove(pattern) != null;
        if (routes.isEmpty()) {
            routes = null;
        }
        return removed;
    }

    public int count() {
        if (routes == null) {
            return 0;
        }
        return routes.size();
    }

    public void setNotFoundHandler(String handler) {
        if (handler == null || handler.isEmpty()) {
            throw new IllegalArgumentException("handler required");
        }
        notFoundHandler = handler;
    }

    public void unregisterAll() {
        routes = null;
    }

    private static void exerciseEmpty(SD04RouteTable table, String notFound) {
        check(notFound.equals(table.resolve("/users/1")), "resolve while empty");
        check(!table.unregister("/users/*"), "unregister while empty");
        check(table.count() == 0, "count while empty");
        expect(IllegalArgumentException.class, () -> table.register("users", "h"));
        expect(IllegalArgumentException.class, () -> table.setNotFoundHandler(""));
        table.unregisterAll();
    }

    public static void main(String[] args) {
        SD04RouteTable table = new SD04RouteTable();
        exerciseEmpty(table, "notFound");

        table.register("/users/*", "userHandler");
        table.register("/users/admin/*", "adminHandler");
        table.register("/health", "healthHandler");
        check("healthHandler".equals(table.resolve("/health")), "exact route");
        check("userHandler".equals(table.resolve("/users/7")), "wildcard");
        check("adminHandler".equals(table.resolve("/users/admin/x")), "longest prefix wins");
        check("notFound".equals(table.resolve("/nope")), "miss while populated");
        table.setNotFoundHandler("custom404");
        check("custom404".equals(table.resolve("/nope")), "custom not found");
        check(table.count() == 3, "count");
        check(table.unregister("/health") && !table.unregister("/health"), "unregister one");
        expect(IllegalArgumentException.class, () -> table.register(null, "h"));

        table.unregisterAll();
        exerciseEmpty(table, "custom404");
        table.unregisterAll();
        exerciseEmpty(table, "custom404");

        table.register("/a", "A");
        check("A".equals(table.resolve("/a")) && table.count() == 1, "recreated");
        table.setNotFoundHandler("gone");
        check("gone".equals(table.resolve("/zzz")), "not-found handler after recreate");
        check(table.unregister("/a"), "removing last route drops the map");
        exerciseEmpty(table, "gone");
        table.register("/b/*", "B");
        check("B".equals(table.resolve("/b/c")), "created a third time");
        System.out.println("SD04RouteTable ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
