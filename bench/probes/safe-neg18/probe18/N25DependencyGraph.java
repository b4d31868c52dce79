package probe18;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Module dependency graph for a build tool, producing a deterministic build order. */
public final class N25DependencyGraph {
    private Map<String, Set<String>> edges;

    public void dependsOn(String module, String dependency) {
        if (edges == null) {
            edges = new TreeMap<>();
        }
        link(module, dependency);
        ensureNode(dependency);
    }

    private void link(String from, String to) {
        edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
    }

    private void ensureNode(String node) {
        edges.putIfAbsent(node, new TreeSet<>());
    }

    public List<String> buildOrder() {
        List<String> order = new ArrayList<>();
        if (edges == null) {
            return order;
        }
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String node : edges.keySet()) {
            visit(node, done, visiting, order);
        }
        return order;
    }

    private void visit(String node, Set<String> done, Set<String> visiting, List<String> order) {
        if (done.contains(node)) {
            return;
        }
        if (!visiting.add(node)) {
            throw new IllegalArgumentException("cycle at " + node);
        }
        for (String dep : edges.get(node)) {
            visit(dep, done, visiting, order);
        }
        visiting.remove(node);
        done.add(node);
        order.add(node);
    }

    public boolean hasCycle() {
        if (edges == null) {
            return false;
        }
        try {
            buildOrder();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    public void clear() {
        edges = null;
    }

    public static void main(String[] args) {
        N25DependencyGraph g = new N25DependencyGraph();
        System.out.println(g.buildOrder() + " cycle=" + g.hasCycle());
        g.dependsOn("app", "core");
        g.dependsOn("app", "web");
        g.dependsOn("web", "core");
        g.dependsOn("core", "util");
        System.out.println(g.buildOrder() + " cycle=" + g.hasCycle());
        g.dependsOn("util", "app");
        System.out.println("cycle=" + g.hasCycle());
        g.clear();
        g.clear();
        System.out.println(g.buildOrder());
        g.dependsOn("a", "b");
        System.out.println(g.buildOrder());
    }
}
