package probe19b;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Prefix router; the route table is mounted after construction by the server bootstrap. */
public class Y16HttpRouter {

    private NavigableMap<String, String> routes; // path prefix -> handler name
    private Map<String, Integer> hits = new HashMap<>();
    private final Predicate<String> knownPath;

    Y16HttpRouter() {
        class PrefixMatcher implements Predicate<String> {
            @Override
            public boolean test(String path) {
                Map.Entry<String, String> e = routes.floorEntry(path); // BUG
                return e != null && path.startsWith(e.getKey());
            }
        }
        knownPath = new PrefixMatcher();
    }

    void mount(Map<String, String> table) {
        routes = new TreeMap<>(table);
    }

    String dispatch(String path) {
        if (routes == null || !knownPath.test(path)) {
            return "404";
        }
        String handler = routes.floorEntry(path).getValue();
        if (hits == null) {
            hits = new HashMap<>();
        }
        hits.merge(handler, 1, Integer::sum);
        return handler;
    }

    /** Load-balancer probe; registered with the LB before mount() has run. */
    boolean healthy() {
        return knownPath.test("/health");
    }

    void resetStats() {
        hits = null; // dispatch re-creates it on the next request
    }

    String busiestHandler() {
        return hits.entrySet().stream() // BUG
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("none");
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y16HttpRouter.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y16HttpRouter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y16HttpRouter router = new Y16HttpRouter();
        System.out.println("unmounted: " + router.dispatch("/api/users"));
        router.mount(Map.of("/api", "api", "/health", "health", "/static", "files"));
        System.out.println(router.dispatch("/api/users") + " " + router.dispatch("/api/orders") + " "
                + router.dispatch("/nope") + " healthy=" + router.healthy() + " busiest=" + router.busiestHandler());
        router.resetStats();
        router.dispatch("/static/a.css");
        System.out.println("busiest after reset=" + router.busiestHandler());

        prove(20, () -> System.out.println(new Y16HttpRouter().healthy()));
        prove(53, () -> {
            router.resetStats();
            System.out.println(router.busiestHandler());
        });
    }
}
