package probe27;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gradle-like task graph: levels are computed lazily and invalidated whenever a task is added. */
public final class F12BuildTaskGraph {
    private final Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    private final Map<String, Runnable> actions = new HashMap<>();
    private Map<String, Integer> levels; // null = not yet resolved or stale
    private int resolutions;

    public F12BuildTaskGraph task(String name, Runnable action, String... deps) {
        if (dependsOn.containsKey(name)) throw new IllegalArgumentException("duplicate task " + name);
        dependsOn.put(name, List.of(deps));
        actions.put(name, action);
        levels = null;
        return this;
    }

    private Map<String, Integer> resolve() {
        Map<String, Integer> lv = levels;
        if (lv == null) {
            lv = new HashMap<>();
            for (String t : dependsOn.keySet()) level(t, lv, new ArrayDeque<>());
            levels = lv;
            resolutions++;
        }
        return lv;
    }

    private int level(String task, Map<String, Integer> memo, Deque<String> path) {
        Integer known = memo.get(task);
        if (known != null) return known;
        List<String> deps = dependsOn.get(task);
        if (deps == null) throw new IllegalArgumentException("unknown task " + task + " required by " + path.peek());
        if (path.contains(task)) throw new IllegalArgumentException("cycle through " + task);
        path.push(task);
        int max = -1;
        for (String d : deps) max = Math.max(max, level(d, memo, path));
        path.pop();
        memo.put(task, max + 1);
        return max + 1;
    }

    public List<String> executionOrder() {
        Map<String, Integer> lv = resolve();
        return dependsOn.keySet().stream()
                .sorted(Comparator.comparingInt((String t) -> lv.get(t)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public List<String> run(String goal) {
        if (!resolve().containsKey(goal)) throw new IllegalArgumentException("unknown task " + goal);
        Set<String> needed = new HashSet<>();
        collect(goal, needed);
        List<String> order = new ArrayList<>(executionOrder());
        order.retainAll(needed);
        for (String t : order) actions.get(t).run();
        return order;
    }

    private void collect(String task, Set<String> into) {
        if (into.add(task)) dependsOn.get(task).forEach(d -> collect(d, into));
    }

    public int levelOf(String task) {
        Integer l = resolve().get(task);
        if (l == null) throw new IllegalArgumentException("unknown task " + task);
        return l;
    }

    public boolean isResolved() { return levels != null; }

    public int resolutions() { return resolutions; }

    public static void main(String[] args) {
        List<String> ran = new ArrayList<>();
        F12BuildTaskGraph g = new F12BuildTaskGraph()
                .task("compile", () -> ran.add("compile"))
                .task("processResources", () -> ran.add("resources"))
                .task("classes", () -> ran.add("classes"), "compile", "processResources")
                .task("test", () -> ran.add("test"), "classes")
                .task("jar", () -> ran.add("jar"), "classes")
                .task("build", () -> ran.add("build"), "test", "jar");
        assert !g.isResolved();
        assert g.executionOrder().equals(List.of("compile", "processResources", "classes", "jar", "test", "build"));
        assert g.isResolved() && g.levelOf("build") == 3 && g.resolutions() == 1;
        assert g.run("jar").equals(List.of("compile", "processResources", "classes", "jar"));
        assert ran.equals(List.of("compile", "resources", "classes", "jar")) : ran;
        g.task("javadoc", () -> ran.add("javadoc"), "compile");
        assert !g.isResolved() && g.levelOf("javadoc") == 1 && g.resolutions() == 2;

        F12BuildTaskGraph cyclic = new F12BuildTaskGraph().task("a", () -> { }, "b").task("b", () -> { }, "a");
        boolean cycle = false;
        try { cyclic.executionOrder(); } catch (IllegalArgumentException expected) { cycle = true; }
        assert cycle && !cyclic.isResolved();
        F12BuildTaskGraph dangling = new F12BuildTaskGraph().task("a", () -> { }, "missing");
        boolean missing = false;
        try { dangling.run("a"); } catch (IllegalArgumentException expected) { missing = true; }
        assert missing && !dangling.isResolved();
        boolean unknown = false;
        try { g.levelOf("deploy"); } catch (IllegalArgumentException expected) { unknown = true; }
        assert unknown;
        System.out.println("F12 ok");
    }
}
