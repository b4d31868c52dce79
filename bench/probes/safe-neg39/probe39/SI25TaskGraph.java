package probe39;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Task graph of a build tool. The prerequisite map is created by the first task and dropped by
 * {@link #clear()}. Several methods fill or scan it inside a lambda passed to {@code forEach}
 * or {@code computeIfAbsent}; each lambda runs at once, inside the call, after the field has been
 * assigned or checked, and none is stored for later.
 *
 * <p>This class is single-threaded: the build tool configures its graph on the main thread.
 */
public final class SI25TaskGraph {
    private TreeMap<String, TreeSet<String>> dependsOn; // task -> prerequisites; null until the first task

    public void task(String name, List<String> prerequisites) {
        requireName(name);
        if (prerequisites == null) {
            throw new IllegalArgumentException("prerequisites is null");
        }
        List<String> copy = new ArrayList<>();
        for (String p : prerequisites) {
            requireName(p);
            copy.add(p);
        }
        if (dependsOn == null) {
            dependsOn = new TreeMap<>();
        }
        TreeSet<String> own = dependsOn.computeIfAbsent(name, k -> new TreeSet<>());
        copy.forEach(p -> {
            dependsOn.computeIfAbsent(p, k -> new TreeSet<>());
            own.add(p);
        });
    }

    public List<String> executionOrder() {
        List<String> order = new ArrayList<>();
        if (dependsOn == null) {
            return order;
        }
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        dependsOn.keySet().forEach(t -> visit(t, done, visiting, order));
        return order;
    }

    private void visit(String task, Set<String> done, Set<String> visiting, List<String> order) {
        if (done.contains(task)) {
            return;
        }
        if (!visiting.add(task)) {
            throw new IllegalStateException("dependency cycle at " + task);
        }
        dependsOn.getOrDefault(task, new TreeSet<>()).forEach(p -> visit(p, done, visiting, order));
        visiting.remove(task);
        done.add(task);
        order.add(task);
    }

    public Set<String> dependentsOf(String task) {
        requireName(task);
        Set<String> out = new TreeSet<>();
        if (dependsOn == null) {
            return out;
        }
        dependsOn.forEach((t, prerequisites) -> {
            if (prerequisites.contains(task)) {
                out.add(t);
            }
        });
        return out;
    }

    public void merge(SI25TaskGraph other) {
        if (other == null) {
            throw new IllegalArgumentException("other is null");
        }
        if (other == this || other.dependsOn == null) {
            return;
        }
        if (dependsOn == null) {
            dependsOn = new TreeMap<>();
        }
        other.dependsOn.forEach((t, prerequisites) ->
                dependsOn.computeIfAbsent(t, k -> new TreeSet<>()).addAll(prerequisites));
    }

    public int size() {
        return dependsOn == null ? 0 : dependsOn.size();
    }

    public void clear() {
        dependsOn = null;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("task name must be non-blank");
        }
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
        SI25TaskGraph graph = new SI25TaskGraph();
        check(graph.executionOrder().isEmpty() && graph.dependentsOf("jar").isEmpty(), "empty graph");
        check(graph.size() == 0, "size 0");
        graph.merge(new SI25TaskGraph());
        expect(IllegalArgumentException.class, () -> graph.task("jar", java.util.Arrays.asList("compile", null)));
        expect(IllegalArgumentException.class, () -> graph.task(" ", List.of()));
        expect(IllegalArgumentException.class, () -> graph.merge(null));
        check(graph.size() == 0, "rejected task left no map");

        graph.task("jar", List.of("compile", "resources"));
        graph.task("compile", List.of("generate"));
        graph.task("test", List.of("compile"));
        check(graph.executionOrder().equals(List.of("generate", "compile", "resources", "jar", "test")),
                graph.executionOrder().toString());
        check(graph.dependentsOf("compile").equals(Set.of("jar", "test")), "dependents");
        graph.merge(graph);

        SI25TaskGraph plugin = new SI25TaskGraph();
        plugin.task("publish", List.of("jar"));
        graph.merge(plugin);
        check(graph.size() == 6 && graph.dependentsOf("jar").equals(Set.of("publish")), "merged");

        graph.clear();
        graph.clear();
        check(graph.size() == 0 && graph.executionOrder().isEmpty(), "cleared");
        graph.merge(plugin);
        check(graph.executionOrder().equals(List.of("jar", "publish")), "merged into empty graph");
        graph.task("jar", List.of("publish"));
        expect(IllegalStateException.class, graph::executionOrder);
        System.out.println("OK SI25TaskGraph");
    }
}
