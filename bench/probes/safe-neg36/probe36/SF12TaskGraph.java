package probe36;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Task graph of a small build tool (make/Gradle style). The edge table is created lazily by graph()
 * and discarded by clean(); all uses go through the accessor.
 */
public final class SF12TaskGraph {
    private LinkedHashMap<String, Set<String>> edges; // task -> direct dependencies; created lazily

    private Map<String, Set<String>> graph() {
        if (edges == null) {
            edges = new LinkedHashMap<>();
        }
        return edges;
    }

    public void task(String name) {
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("bad task name " + name);
        }
        graph().putIfAbsent(name, new LinkedHashSet<>());
    }

    public void dependsOn(String task, String dependency) {
        Map<String, Set<String>> g = graph();
        if (!g.containsKey(task) || !g.containsKey(dependency)) {
            throw new NoSuchElementException("unknown task in " + task + " -> " + dependency);
        }
        if (task.equals(dependency)) {
            throw new IllegalArgumentException("task cannot depend on itself: " + task);
        }
        g.get(task).add(dependency);
    }

    public List<String> executionOrder(String goal) {
        Map<String, Set<String>> g = graph();
        if (!g.containsKey(goal)) {
            throw new NoSuchElementException("unknown goal " + goal);
        }
        List<String> order = new ArrayList<>();
        visit(goal, g, order, new HashSet<>(), new HashSet<>());
        return order;
    }

    private static void visit(String task, Map<String, Set<String>> g, List<String> order, Set<String> done, Set<String> visiting) {
        if (done.contains(task)) {
            return;
        }
        if (!visiting.add(task)) {
            throw new IllegalStateException("dependency cycle through " + task);
        }
        for (String dependency : g.get(task)) {
            visit(dependency, g, order, done, visiting);
        }
        visiting.remove(task);
        done.add(task);
        order.add(task);
    }

    public int taskCount() {
        return graph().size();
    }

    public void clean() {
        edges = null;
    }

    public static void main(String[] args) {
        // Phase 1: no graph yet.
        SF12TaskGraph build = new SF12TaskGraph();
        expect(NoSuchElementException.class, () -> build.executionOrder("jar"));
        SF12TaskGraph other = new SF12TaskGraph();
        check(other.taskCount() == 0, "no tasks in a fresh graph");
        SF12TaskGraph third = new SF12TaskGraph();
        expect(NoSuchElementException.class, () -> third.dependsOn("jar", "compile"));
        expect(IllegalArgumentException.class, () -> build.task("Bad-Name"));
        // Phase 2: graph in use.
        for (String t : List.of("compile", "test", "jar", "publish")) {
            build.task(t);
        }
        build.dependsOn("test", "compile");
        build.dependsOn("jar", "compile");
        build.dependsOn("publish", "jar");
        build.dependsOn("publish", "test");
        expect(IllegalArgumentException.class, () -> build.dependsOn("jar", "jar"));
        check(build.executionOrder("publish").equals(List.of("compile", "jar", "test", "publish")), "topological order");
        build.dependsOn("compile", "publish");
        expect(IllegalStateException.class, () -> build.executionOrder("publish"));
        check(build.taskCount() == 4, "four tasks");
        // Phase 3: cleaned, twice.
        for (int round = 0; round < 2; round++) {
            build.clean();
            expect(NoSuchElementException.class, () -> build.executionOrder("publish"));
            build.clean();
            expect(NoSuchElementException.class, () -> build.dependsOn("test", "compile"));
            build.clean();
            check(build.taskCount() == 0, "no tasks after clean");
        }
        // Phase 4: rebuilt.
        build.clean();
        build.task("assemble");
        build.task("check");
        build.dependsOn("check", "assemble");
        check(build.executionOrder("check").equals(List.of("assemble", "check")), "order after rebuild");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
