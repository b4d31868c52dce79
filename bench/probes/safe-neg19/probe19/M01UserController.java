package probe19;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Web controller that dispatches user requests by path and tracks hit counts. */
public class M01UserController {
    private Map<String, Function<String, String>> handlers;
    private Map<String, Integer> hitCounts;
    private final String prefix;

    public M01UserController(String prefix) {
        this.prefix = prefix;
    }

    private Map<String, Function<String, String>> handlers() {
        if (handlers == null) {
            handlers = new HashMap<>();
        }
        return handlers;
    }

    private Map<String, Integer> hitCounts() {
        if (hitCounts == null) {
            hitCounts = new TreeMap<>();
        }
        return hitCounts;
    }

    public void register(String path, Function<String, String> handler) {
        handlers().put(prefix + path, handler);
    }

    public String handle(String path, String body) {
        String full = prefix + path;
        hitCounts().merge(full, 1, Integer::sum);
        Function<String, String> handler = handlers().get(full);
        if (handler == null) {
            return "404 " + full;
        }
        return "200 " + handler.apply(body);
    }

    public int hits(String path) {
        return hitCounts().getOrDefault(prefix + path, 0);
    }

    public int routeCount() {
        return handlers().size();
    }

    public Map<String, Integer> stats() {
        return new TreeMap<>(hitCounts());
    }

    public void resetStats() {
        hitCounts = null;
    }

    public void unregisterAll() {
        handlers = null;
    }

    public static void main(String[] args) {
        M01UserController c = new M01UserController("/users");
        System.out.println(c.handle("/1", ""));
        System.out.println(c.hits("/1") + " " + c.routeCount());
        c.register("/1", body -> "user 1 " + body);
        c.register("/me", body -> "current user");
        System.out.println(c.handle("/1", "details"));
        c.resetStats();
        c.resetStats();
        System.out.println(c.stats());
        c.unregisterAll();
        c.unregisterAll();
        System.out.println(c.handle("/me", "") + " routes=" + c.routeCount());
        c.register("/me", body -> "again");
        System.out.println(c.handle("/me", "") + " " + c.stats());
    }
}
