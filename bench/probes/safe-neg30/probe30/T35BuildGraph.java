package probe30;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Build-tool task graph: configure tasks, resolve the graph, then execute targets. */
public final class T35BuildGraph {
    private static final int CONFIGURING = 0;
    private static final int RESOLVED = 1;
    private static final int EXECUTED = 2;

    private int phase = CONFIGURING;
    private final Map<String, List<String>> declared = new LinkedHashMap<>();
    private HashMap<String, Set<String>> closure; // transitive dependencies; present from RESOLVED onwards

    public void task(String name, String... dependsOn) {
        if (phase != CONFIGURING) throw new IllegalStateException("graph is frozen");
        if (declared.containsKey(name)) throw new IllegalArgumentException("duplicate task " + name);
        declared.put(name, List.of(dependsOn));
    }

    public void resolve() {
        if (phase != CONFIGURING) throw new IllegalStateException("already resolved");
        HashMap<String, Set<String>> result = new HashMap<>();
        for (String task : declared.keySet()) closureOf(task, result, new HashSet<>());
        closure = result;
        phase = RESOLVED;
    }

    private Set<String> closureOf(String task, Map<String, Set<String>> memo, Set<String> inProgress) {
        Set<String> known = memo.get(task);
        if (known != null) return known;
        List<String> deps = declared.get(task);
        if (deps == null) throw new IllegalArgumentException("unknown task " + task);
        if (!inProgress.add(task)) throw new IllegalArgumentException("dependency cycle through " + task);
        Set<String> all = new TreeSet<>();
        for (String d : deps) {
            all.add(d);
            all.addAll(closureOf(d, memo, inProgress));
        }
        inProgress.remove(task);
        Set<String> frozen = Collections.unmodifiableSet(all);
        memo.put(task, frozen);
        return frozen;
    }

    public Set<String> dependenciesOf(String task) {
        if (phase < RESOLVED) throw new IllegalStateException("graph not resolved");
        Set<String> deps = closure.get(task);
        if (deps == null) throw new IllegalArgumentException("unknown task " + task);
        return deps;
    }

    public List<String> execute(String target) {
        if (phase < RESOLVED) throw new IllegalStateException("graph not resolved");
        if (!closure.containsKey(target)) throw new IllegalArgumentException("unknown task " + target);
        List<String> order = new ArrayList<>();
        visit(target, new HashSet<>(), order);
        phase = EXECUTED;
        return order;
    }

    private void visit(String task, Set<String> done, List<String> order) {
        if (!done.add(task)) return;
        for (String d : declared.get(task)) visit(d, done, order);
        order.add(task);
    }

    public String phaseName() {
        return switch (phase) {
            case CONFIGURING -> "configuring";
            case RESOLVED -> "resolved";
            default -> "executed";
        };
    }

    /** Back to configuration; declared tasks are kept. */
    public void reset() {
        phase = CONFIGURING;
        closure = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T35BuildGraph g = new T35BuildGraph();
        assert g.phaseName().equals("configuring");
        expectFailure(() -> g.dependenciesOf("jar"));
        expectFailure(() -> g.execute("jar"));
        g.reset();

        g.task("compile");
        g.task("test", "compile");
        g.task("jar", "compile");
        g.task("publish", "jar", "test");
        expectFailure(() -> g.task("jar"));
        g.resolve();
        assert g.phaseName().equals("resolved");
        expectFailure(() -> g.task("docs"));
        expectFailure(g::resolve);
        assert g.dependenciesOf("publish").equals(Set.of("compile", "jar", "test"));
        assert g.dependenciesOf("compile").isEmpty();
        expectFailure(() -> g.dependenciesOf("docs"));
        assert g.execute("publish").equals(List.of("compile", "jar", "test", "publish"));
        assert g.phaseName().equals("executed");
        assert g.execute("test").equals(List.of("compile", "test"));

        g.reset();
        expectFailure(() -> g.dependenciesOf("publish"));
        expectFailure(() -> g.execute("publish"));
        g.task("lint", "missing");
        expectFailure(g::resolve);
        assert g.phaseName().equals("configuring");
        expectFailure(() -> g.execute("lint"));

        T35BuildGraph cyclic = new T35BuildGraph();
        cyclic.task("a", "b");
        cyclic.task("b", "a");
        expectFailure(cyclic::resolve);
        expectFailure(() -> cyclic.dependenciesOf("a"));
        System.out.println("T35 ok");
    }
}
