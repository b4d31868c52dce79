package probe24;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Longest-prefix URL routing with an optional memo of resolved paths. The lookup
 * strategy lives in a {@link Function} field: the memoising strategy, which uses the memo
 * map without a test, is installed only together with the map and removed before it.
 */
public class Z31RouteResolver {

    private final TreeMap<String, String> routes = new TreeMap<>();
    private final Function<String, String> direct = this::directLookup;
    private final Function<String, String> memoised = this::memoisedLookup;
    /** Path to handler; exists exactly while {@code lookup == memoised}. */
    private HashMap<String, String> memo;
    private Function<String, String> lookup = direct;
    private int scans;

    public void addRoute(String prefix, String handler) {
        routes.put(prefix, handler);
        if (lookup == memoised) {
            memo.clear();
        }
    }

    private String directLookup(String path) {
        scans++;
        for (String prefix = path; !prefix.isEmpty(); prefix = prefix.substring(0, prefix.length() - 1)) {
            String handler = routes.get(prefix);
            if (handler != null) {
                return handler;
            }
        }
        return "404";
    }

    private String memoisedLookup(String path) {
        return memo.computeIfAbsent(path, this::directLookup);
    }

    public void enableMemo() {
        if (lookup != memoised) {
            memo = new HashMap<>();
            lookup = memoised;
        }
    }

    public void disableMemo() {
        lookup = direct;
        memo = null;
    }

    public String resolve(String path) {
        return lookup.apply(path);
    }

    public int memoSize() {
        return lookup == memoised ? memo.size() : 0;
    }

    public static void main(String[] args) {
        Z31RouteResolver router = new Z31RouteResolver();
        router.addRoute("/api/", "api");
        router.addRoute("/static/", "files");
        System.out.println(router.resolve("/api/users") + " " + router.resolve("/nope") + " memo=" + router.memoSize());
        router.enableMemo();
        router.enableMemo();
        for (int i = 0; i < 3; i++) {
            router.resolve("/static/app.js");
            router.resolve("/api/orders");
        }
        System.out.println("memo=" + router.memoSize() + " scans=" + router.scans);
        router.addRoute("/api/orders", "orders");
        System.out.println(router.resolve("/api/orders") + " memo=" + router.memoSize());
        router.disableMemo();
        System.out.println(router.resolve("/static/x") + " memo=" + router.memoSize() + " scans=" + router.scans);
        Map<String, String> snapshot = new TreeMap<>(router.routes);
        System.out.println(snapshot);
    }
}
