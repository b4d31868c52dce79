package probe36;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Path router of a small web framework. Routes exist while the router is mounted under a prefix;
 * each access puts the null test first in a short-circuit || condition.
 */
public final class SF10Router {
    private LinkedHashMap<String, String> routes; // path -> handler name; null while unmounted
    private boolean frozen;
    private String prefix = "";

    public void mount(String mountPoint) {
        if (routes != null) {
            throw new IllegalStateException("already mounted at " + prefix);
        }
        if (!mountPoint.startsWith("/")) {
            throw new IllegalArgumentException("mount point must start with '/': " + mountPoint);
        }
        routes = new LinkedHashMap<>();
        prefix = mountPoint.equals("/") ? "" : mountPoint;
        frozen = false;
    }

    public void register(String path, String handler) {
        if (routes == null || frozen) {
            throw new IllegalStateException("router is not accepting routes");
        }
        if (routes.putIfAbsent(prefix + path, handler) != null) {
            throw new IllegalArgumentException("duplicate route " + path);
        }
    }

    public void freeze() {
        if (routes == null || frozen) {
            throw new IllegalStateException("nothing to freeze");
        }
        frozen = true;
    }

    public String dispatch(String path) {
        if (routes == null || routes.isEmpty()) {
            return "404";
        }
        String exact = routes.get(path);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (Map.Entry<String, String> route : routes.entrySet()) {
            String pattern = route.getKey();
            if (pattern.endsWith("/*") && path.startsWith(pattern.substring(0, pattern.length() - 1))
                    && (best == null || pattern.length() > best.length())) {
                best = pattern;
            }
        }
        return best == null ? "404" : routes.get(best);
    }

    public List<String> routeList() {
        if (routes == null || routes.isEmpty()) {
            return List.of();
        }
        return List.copyOf(routes.keySet());
    }

    public void unmount() {
        routes = null;
        frozen = false;
        prefix = "";
    }

    public static void main(String[] args) {
        SF10Router router = new SF10Router();
        // Phase 1: not mounted.
        check(router.dispatch("/api/users").equals("404"), "404 before mount");
        check(router.routeList().isEmpty(), "no routes before mount");
        expect(IllegalStateException.class, () -> router.register("/x", "x"));
        expect(IllegalStateException.class, router::freeze);
        expect(IllegalArgumentException.class, () -> router.mount("api"));
        // Phase 2: mounted.
        router.mount("/api");
        expect(IllegalStateException.class, () -> router.mount("/other"));
        check(router.dispatch("/api/users").equals("404"), "404 with empty table");
        router.register("/users", "listUsers");
        router.register("/users/*", "userById");
        router.register("/*", "fallback");
        expect(IllegalArgumentException.class, () -> router.register("/users", "dup"));
        check(router.dispatch("/api/users").equals("listUsers"), "exact");
        check(router.dispatch("/api/users/42").equals("userById"), "longest wildcard");
        check(router.dispatch("/api/health").equals("fallback"), "fallback wildcard");
        router.freeze();
        expect(IllegalStateException.class, () -> router.register("/late", "late"));
        check(router.routeList().size() == 3, "three routes");
        // Phase 3: unmounted, twice.
        for (int round = 0; round < 2; round++) {
            router.unmount();
            check(router.dispatch("/api/users").equals("404"), "404 after unmount");
            check(router.routeList().isEmpty(), "no routes after unmount");
            expect(IllegalStateException.class, () -> router.register("/users", "listUsers"));
            expect(IllegalStateException.class, router::freeze);
        }
        // Phase 4: mounted again at the root.
        router.mount("/");
        router.register("/ping", "pong");
        check(router.dispatch("/ping").equals("pong"), "dispatch after remount");
        check(router.routeList().equals(List.of("/ping")), "single route");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
