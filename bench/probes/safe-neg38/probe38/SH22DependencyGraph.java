package probe38;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Module dependency graph of a build tool. The edge map is created by the
 * first declare() and dropped by clear(). The private helpers addEdges(),
 * depth() and visit() dereference it directly; every public caller checks
 * (or creates) the map before calling them. Single-threaded.
 */
public final class SH22DependencyGraph {

    private Map<String, Set<String>> edges; // module -> direct dependencies; null until declare()

    public void declare(String module, String... deps) {
        if (module == null || deps == null) {
            throw new IllegalArgumentException("module and deps are required");
        }
        for (String d : deps) {
            if (d == null) {
                throw new IllegalArgumentException("null dependency of " + module);
            }
        }
        if (edges == null) {
            edges = new LinkedHashMap<>();
        }
        addEdges(module, deps);
    }

    public int depthOf(String module) {
        if (edges == null || !edges.containsKey(module)) {
            return -1;
        }
        return depth(module, new HashSet<>());
    }

    public List<String> buildOrder() {
        if (edges == null) {
            return List.of();
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String m : edges.keySet()) {
            visit(m, done, new HashSet<>(), order);
        }
        return order;
    }

    public void clear() {
        edges = null;
    }

    public int moduleCount() {
        return edges == null ? 0 : edges.size();
    }

    // --- helpers: callers guarantee edges != null ---

    private void addEdges(String module, String[] deps) {
        Set<String> direct = edges.computeIfAbsent(module, k -> new LinkedHashSet<>());
        for (String d : deps) {
            direct.add(d);
            edges.computeIfAbsent(d, k -> new LinkedHashSet<>());
        }
    }

    private int depth(String module, Set<String> onPath) {
        if (!onPath.add(module)) {
            throw new IllegalStateException("dependency cycle through " + module);
        }
        int max = 0;
        for (String d : edges.getOrDefault(module, Set.of())) {
            max = Math.max(max, 1 + depth(d, onPath));
        }
        onPath.remove(module);
        return max;
    }

    private void visit(String module, Set<String> done, Set<String> onPath, List<String> order) {
        if (done.contains(module)) {
            return;
        }
        if (!onPath.add(module)) {
            throw new IllegalStateException("dependency cycle through " + module);
        }
        for (String d : edges.getOrDefault(module, Set.of())) {
            visit(d, done, onPath, order);
        }
        onPath.remove(module);
        done.add(module);
        order.add(module);
    }

    public static void main(String[] args) {
        SH22DependencyGraph g = new SH22DependencyGraph();
        // phase 1: before the map exists
        check(g.depthOf("app") == -1 && g.buildOrder().isEmpty() && g.moduleCount() == 0, "empty");
        expect(IllegalArgumentException.class, () -> g.declare("app", "core", null));
        check(g.moduleCount() == 0, "rejected declare created nothing");
        // phase 2: while it exists
        g.declare("app", "web", "core");
        g.declare("web", "core", "util");
        g.declare("core", "util");
        check(g.depthOf("app") == 3 && g.depthOf("util") == 0 && g.depthOf("nope") == -1, "depths");
        check(g.buildOrder().equals(List.of("util", "core", "web", "app")), "order " + g.buildOrder());
        g.declare("util", "app");
        expect(IllegalStateException.class, g::buildOrder);
        expect(IllegalStateException.class, () -> g.depthOf("app"));
        // phase 3: after it is dropped (twice)
        g.clear();
        g.clear();
        check(g.depthOf("app") == -1 && g.buildOrder().isEmpty() && g.moduleCount() == 0, "cleared");
        // phase 4: created again
        g.declare("cli");
        check(g.buildOrder().equals(List.of("cli")) && g.depthOf("cli") == 0, "fresh graph");
        System.out.println("SH22DependencyGraph OK " + g.buildOrder());
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
