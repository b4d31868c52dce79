package probe28;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Build-tool module dependency graph. The adjacency map is allocated by the
 * first mutator; read-only queries return early while it is absent.
 */
public class H21BuildGraph {
    private final String project;
    private Map<String, Set<String>> deps; // module -> modules it depends on; null when empty
    private int edgeCount;

    public H21BuildGraph(String project) {
        this.project = project;
    }

    public void addModule(String module) {
        if (deps == null) {
            deps = new TreeMap<>();
        }
        deps.computeIfAbsent(module, k -> new TreeSet<>());
    }

    public void dependsOn(String module, String dependency) {
        addModule(dependency);
        addModule(module);
        if (deps.computeIfAbsent(module, k -> new TreeSet<>()).add(dependency)) {
            edgeCount++;
        }
    }

    public Set<String> directDeps(String module) {
        if (deps == null) {
            return Set.of();
        }
        return deps.getOrDefault(module, Set.of());
    }

    /** Kahn's algorithm: dependencies first. Empty list when there is a cycle. */
    public List<String> buildOrder() {
        List<String> order = new ArrayList<>();
        if (deps == null) {
            return order;
        }
        Map<String, Integer> remaining = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : deps.entrySet()) {
            remaining.put(e.getKey(), e.getValue().size());
            for (String d : e.getValue()) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        Deque<String> ready = new ArrayDeque<>();
        remaining.forEach((m, n) -> {
            if (n == 0) {
                ready.add(m);
            }
        });
        while (!ready.isEmpty()) {
            String m = ready.poll();
            order.add(m);
            for (String user : dependents.getOrDefault(m, List.of())) {
                int left = remaining.getOrDefault(user, 0) - 1;
                remaining.put(user, left);
                if (left == 0) {
                    ready.add(user);
                }
            }
        }
        return order.size() == deps.size() ? order : List.of();
    }

    public void clear() {
        deps = null;
        edgeCount = 0;
    }

    public String stats() {
        return project + " modules=" + (deps == null ? 0 : deps.size()) + " edges=" + edgeCount;
    }

    public static void main(String[] args) {
        H21BuildGraph g = new H21BuildGraph("shop");
        assert g.directDeps("web").isEmpty();
        assert g.buildOrder().isEmpty();
        assert g.stats().equals("shop modules=0 edges=0");
        g.dependsOn("web", "core");
        g.dependsOn("web", "db");
        g.dependsOn("db", "core");
        g.dependsOn("db", "core");
        g.addModule("docs");
        assert g.directDeps("web").equals(Set.of("core", "db"));
        List<String> order = g.buildOrder();
        assert order.indexOf("core") < order.indexOf("db");
        assert order.indexOf("db") < order.indexOf("web");
        assert order.size() == 4;
        g.dependsOn("core", "web");
        assert g.buildOrder().isEmpty() : "cycle";
        assert g.stats().equals("shop modules=4 edges=4") : g.stats();
        g.clear();
        assert g.buildOrder().isEmpty();
        assert g.directDeps("db").isEmpty();
        g.addModule("solo");
        assert g.buildOrder().equals(List.of("solo"));
        System.out.println(g.stats());
    }
}
