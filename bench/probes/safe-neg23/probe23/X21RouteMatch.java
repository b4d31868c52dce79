package probe23;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny path router. A {@link Match} may have no route (nothing matched) and no variables (the
 * pattern had none); a {@link Route} may have no defaults. Lookups navigate that nullable object
 * graph with chained short-circuit tests.
 */
public final class X21RouteMatch {

    static final class Route {
        final String pattern;
        private Map<String, String> defaults;

        Route(String pattern) {
            this.pattern = pattern;
        }

        Route withDefault(String name, String value) {
            if (defaults == null) {
                defaults = new LinkedHashMap<>();
            }
            defaults.put(name, value);
            return this;
        }
    }

    static final class Match {
        final Route route;
        private final Map<String, String> variables;

        private Match(Route route, Map<String, String> variables) {
            this.route = route;
            this.variables = variables;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    X21RouteMatch add(Route route) {
        routes.add(route);
        return this;
    }

    Match match(String path) {
        String[] actual = path.split("/");
        for (Route r : routes) {
            String[] expected = r.pattern.split("/");
            if (expected.length != actual.length) {
                continue;
            }
            Map<String, String> vars = null;
            boolean ok = true;
            for (int i = 0; i < expected.length && ok; i++) {
                if (expected[i].startsWith("{") && expected[i].endsWith("}")) {
                    if (vars == null) {
                        vars = new LinkedHashMap<>();
                    }
                    vars.put(expected[i].substring(1, expected[i].length() - 1), actual[i]);
                } else {
                    ok = expected[i].equals(actual[i]);
                }
            }
            if (ok) {
                return new Match(r, vars);
            }
        }
        return new Match(null, null);
    }

    static String variable(Match m, String name) {
        if (m != null && m.variables != null && m.variables.containsKey(name)) {
            return m.variables.get(name);
        }
        if (m != null && m.route != null && m.route.defaults != null) {
            return m.route.defaults.get(name);
        }
        return null;
    }

    static int variableCount(Match m) {
        return m == null || m.variables == null ? 0 : m.variables.size();
    }

    public static void main(String[] args) {
        X21RouteMatch router = new X21RouteMatch()
                .add(new Route("/health"))
                .add(new Route("/users/{id}").withDefault("format", "json"))
                .add(new Route("/users/{id}/orders/{orderId}"));
        for (String path : new String[] {"/health", "/users/7", "/users/7/orders/42", "/nope"}) {
            Match m = router.match(path);
            System.out.println(path + " route=" + (m.route == null ? "none" : m.route.pattern)
                    + " vars=" + variableCount(m) + " id=" + variable(m, "id")
                    + " format=" + variable(m, "format"));
        }
        System.out.println("null match: " + variable(null, "id") + " " + variableCount(null));
    }
}
