package probe21;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spring-style request scope. The maps are created lazily with assignment expressions:
 * a chained {@code a = b = new ...}, an assignment used as the receiver of put, and an
 * assignment inside a ternary arm. requestCompleted() sets both fields back to null.
 * Not thread-safe: a request scope is confined to its request thread.
 */
public final class U21RequestScope {

    private Map<String, Object> attributes;
    private Map<String, Runnable> destructionCallbacks;
    private Map<String, Integer> accessCounts;

    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            (attributes = new LinkedHashMap<>()).put(name, value);
            return;
        }
        attributes.put(name, value);
    }

    public Object getAttribute(String name) {
        if (attributes == null) {
            return null;
        }
        Map<String, Integer> counts;
        if (accessCounts == null) {
            counts = accessCounts = new LinkedHashMap<>();
        } else {
            counts = accessCounts;
        }
        counts.merge(name, 1, Integer::sum);
        return attributes.get(name);
    }

    public void registerDestructionCallback(String name, Runnable callback) {
        Map<String, Runnable> callbacks = destructionCallbacks == null
                ? (destructionCallbacks = new LinkedHashMap<>())
                : destructionCallbacks;
        callbacks.put(name, callback);
    }

    public List<String> requestCompleted() {
        Map<String, Runnable> callbacks = destructionCallbacks;
        destructionCallbacks = null;
        attributes = null;
        accessCounts = null;
        List<String> destroyed = new ArrayList<>();
        if (callbacks != null) {
            callbacks.forEach((name, cb) -> {
                cb.run();
                destroyed.add(name);
            });
        }
        return destroyed;
    }

    public int accessCount(String name) {
        return accessCounts == null ? 0 : accessCounts.getOrDefault(name, 0);
    }

    public static void main(String[] args) {
        U21RequestScope scope = new U21RequestScope();
        System.out.println(scope.getAttribute("user") + " " + scope.accessCount("user") + " " + scope.requestCompleted());
        scope.setAttribute("user", "alice");
        scope.setAttribute("locale", "en");
        scope.getAttribute("user");
        scope.getAttribute("user");
        // callbacks may touch the scope again while it is being torn down
        scope.registerDestructionCallback("txn", () -> scope.setAttribute("late", 1));
        scope.registerDestructionCallback("log", () -> System.out.println("destroying log bean, late=" + scope.getAttribute("late")));
        System.out.println(scope.accessCount("user") + " " + scope.requestCompleted());
        System.out.println(scope.getAttribute("late") + " " + scope.accessCount("late"));
        scope.requestCompleted();
        System.out.println(scope.getAttribute("late"));
    }
}
