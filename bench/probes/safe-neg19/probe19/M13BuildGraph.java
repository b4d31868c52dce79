package probe19;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Build tool task graph with dependency ordering and a cached execution plan. */
public class M13BuildGraph {
    private final Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> taskProperties = new HashMap<>();
    private Map<String, Integer> planIndex;
    private List<String> plan;
    private boolean cyclic;

    public void addTask(String name, String... deps) {
        Set<String> set = dependsOn.computeIfAbsent(name, n -> new LinkedHashSet<>());
        for (String d : deps) {
            set.add(d);
            dependsOn.computeIfAbsent(d, n -> new LinkedHashSet<>());
        }
        planIndex = null;
    }

    public void setProperty(String task, String key, String value) {
        taskProperties.computeIfAbsent(task, t -> new HashMap<>()).put(key, value);
    }

    public String property(String task, String key) {
        return taskProperties.getOrDefault(task, Map.of()).getOrDefault(key, "");
    }

    private Map<String, Integer> computePlan() {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        cyclic = false;
        for (String task : dependsOn.keySet()) {
            visit(task, visiting, index, order);
        }
        plan = order;
        return index;
    }

    private void visit(String task, Set<String> visiting, Map<String, Integer> index, List<String> order) {
        if (index.containsKey(task)) {
            return;
        }
        if (!visiting.add(task)) {
            cyclic = true;
            return;
        }
        for (String dep : dependsOn.getOrDefault(task, Set.of())) {
            visit(dep, visiting, index, order);
        }
        visiting.remove(task);
        index.put(task, order.size());
        order.add(task);
    }

    public List<String> plan() {
        if (planIndex == null) {
            planIndex = computePlan();
        }
        return cyclic ? List.of() : List.copyOf(plan);
    }

    public boolean runsBefore(String first, String second) {
        if (planIndex == null) {
            planIndex = computePlan();
        }
        Integer a = planIndex.get(first);
        Integer b = planIndex.get(second);
        return a != null && b != null && a < b;
    }

    public static void main(String[] args) {
        M13BuildGraph graph = new M13BuildGraph();
        System.out.println(graph.plan() + " " + graph.runsBefore("a", "b"));
        graph.addTask("compile", "resources");
        graph.addTask("test", "compile");
        graph.addTask("jar", "compile", "resources");
        graph.setProperty("jar", "name", "app.jar");
        System.out.println(graph.runsBefore("compile", "test") + " " + graph.plan() + " " + graph.property("jar", "name"));
        graph.addTask("resources", "jar");
        System.out.println(graph.plan() + " " + graph.runsBefore("jar", "test") + "[" + graph.property("x", "y") + "]");
    }
}
