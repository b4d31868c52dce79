package probe39;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Path router of a small web framework. Each route is a record whose compact constructor
 * enforces that {@code segmentIndex} (template variable -> segment position) is present exactly
 * for TEMPLATE routes and null for LITERAL routes. Code that has switched on the kind may
 * therefore use the map in the TEMPLATE arm.
 *
 * <p>This class is single-threaded: routes are registered and dispatched on one thread.
 */
public final class SI21PathRouter {
    private enum Kind { LITERAL, TEMPLATE }

    private record Route(Kind kind, String pattern, String handler, Map<String, Integer> segmentIndex) {
        Route {
            if (kind == null || pattern == null || handler == null) {
                throw new IllegalArgumentException("kind, pattern and handler are required");
            }
            if ((kind == Kind.TEMPLATE) != (segmentIndex != null)) {
                throw new IllegalArgumentException("segmentIndex must be present exactly for templates");
            }
            segmentIndex = segmentIndex == null ? null : Map.copyOf(segmentIndex);
        }

        static Route of(String pattern, String handler) {
            String[] segments = split(pattern);
            Map<String, Integer> vars = new HashMap<>();
            for (int i = 0; i < segments.length; i++) {
                if (isVariable(segments[i])) {
                    String name = segments[i].substring(1, segments[i].length() - 1);
                    if (name.isEmpty() || vars.put(name, i) != null) {
                        throw new IllegalArgumentException("bad variable in " + pattern);
                    }
                }
            }
            return vars.isEmpty()
                    ? new Route(Kind.LITERAL, pattern, handler, null)
                    : new Route(Kind.TEMPLATE, pattern, handler, vars);
        }

        Optional<Map<String, String>> match(String[] path) {
            String[] segments = split(pattern);
            if (segments.length != path.length) {
                return Optional.empty();
            }
            return switch (kind) {
                case LITERAL -> Arrays.equals(segments, path) ? Optional.of(Map.of()) : Optional.empty();
                case TEMPLATE -> {
                    for (int i = 0; i < segments.length; i++) {
                        if (!isVariable(segments[i]) && !segments[i].equals(path[i])) {
                            yield Optional.empty();
                        }
                    }
                    Map<String, String> params = new TreeMap<>();
                    segmentIndex.forEach((name, index) -> params.put(name, path[index]));
                    yield Optional.of(params);
                }
            };
        }

        int variableCount() {
            return kind == Kind.LITERAL ? 0 : segmentIndex.size();
        }
    }

    private final List<Route> routes = new ArrayList<>();

    public void add(String pattern, String handler) {
        if (handler == null || handler.isEmpty()) {
            throw new IllegalArgumentException("handler must be non-empty");
        }
        Route route = Route.of(pattern, handler);
        routes.removeIf(r -> r.pattern().equals(pattern));
        routes.add(route);
        routes.sort((a, b) -> Integer.compare(a.variableCount(), b.variableCount())); // literals first
    }

    public String dispatch(String path) {
        String[] segments = split(path);
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(segments);
            if (params.isPresent()) {
                return route.handler() + params.get();
            }
        }
        return "404";
    }

    public boolean remove(String pattern) {
        split(pattern);
        return routes.removeIf(r -> r.pattern().equals(pattern));
    }

    public int templateVariables() {
        int total = 0;
        for (Route route : routes) {
            total += route.variableCount();
        }
        return total;
    }

    private static boolean isVariable(String segment) {
        return segment.length() >= 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    private static String[] split(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        return path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
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
        SI21PathRouter router = new SI21PathRouter();
        check(router.dispatch("/").equals("404") && router.templateVariables() == 0, "empty router");
        expect(IllegalArgumentException.class, () -> router.add("users", "h"));
        expect(IllegalArgumentException.class, () -> router.add("/a/{}", "h"));
        expect(IllegalArgumentException.class, () -> router.add("/a/{x}/{x}", "h"));
        expect(IllegalArgumentException.class, () -> router.add("/a", null));
        expect(IllegalArgumentException.class, () -> router.dispatch(null));
        expect(IllegalArgumentException.class, () -> new Route(Kind.LITERAL, "/a", "h", Map.of("x", 0)));
        expect(IllegalArgumentException.class, () -> new Route(Kind.TEMPLATE, "/a", "h", null));

        router.add("/", "home");
        router.add("/users/{id}/posts/{post}", "post");
        router.add("/users/{id}", "user");
        router.add("/users/me", "self");
        check(router.dispatch("/").equals("home{}"), "home");
        check(router.dispatch("/users/me").equals("self{}"), "literal wins");
        check(router.dispatch("/users/42").equals("user{id=42}"), router.dispatch("/users/42"));
        check(router.dispatch("/users/7/posts/9").equals("post{id=7, post=9}"), "two vars");
        check(router.dispatch("/users/7/comments/9").equals("404") && router.templateVariables() == 3, "miss");

        check(router.remove("/users/me") && !router.remove("/users/me"), "removed literal");
        check(router.dispatch("/users/me").equals("user{id=me}"), "template after removal");
        router.add("/users/{id}", "user2");
        check(router.dispatch("/users/1").equals("user2{id=1}") && router.templateVariables() == 3, "replaced");
        System.out.println("OK SI21PathRouter");
    }
}
