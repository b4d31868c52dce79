package probe26;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Module-graph analyser of a build tool: computes a build order (post-order DFS) and detects
 * cycles. The identity-keyed colour table exists only while a traversal runs; the private
 * recursive helpers are reached only from the public entry points, after the table is set.
 */
public final class D33DependencyGraphAnalyzer {

    public static final class Module {
        private final String name;
        private final List<Module> deps = new ArrayList<>();

        public Module(String name) {
            this.name = name;
        }

        public Module dependsOn(Module... others) {
            deps.addAll(List.of(others));
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final int VISITING = 0;
    private static final int DONE = 1;

    private IdentityHashMap<Module, Integer> state; // DFS colour table; non-null only during a traversal
    private final List<String> order = new ArrayList<>();
    private int traversals;

    public List<String> buildOrder(Module root) {
        if (root == null) {
            return List.of();
        }
        state = new IdentityHashMap<>();
        order.clear();
        try {
            return visit(root) ? List.copyOf(order) : List.of();
        } finally {
            state = null;
            traversals++;
        }
    }

    /** Post-order DFS; only called from buildOrder() and itself, while {@code state} is set. */
    private boolean visit(Module m) {
        Integer s = state.get(m);
        if (s != null) {
            return s == DONE; // VISITING again means a back edge, i.e. a cycle
        }
        state.put(m, VISITING);
        for (Module d : m.deps) {
            if (!visit(d)) {
                return false;
            }
        }
        state.put(m, DONE);
        order.add(m.name);
        return true;
    }

    public boolean hasCycle(Module root) {
        return buildOrder(root).isEmpty();
    }

    public int reachableCount(Module root) {
        if (root == null) {
            return 0;
        }
        state = new IdentityHashMap<>();
        try {
            mark(root);
            return state.size();
        } finally {
            state = null;
            traversals++;
        }
    }

    /** Only called from reachableCount() and itself, while {@code state} is set. */
    private void mark(Module m) {
        if (state.putIfAbsent(m, DONE) != null) {
            return;
        }
        for (Module d : m.deps) {
            mark(d);
        }
    }

    public boolean inTraversal() {
        return state != null;
    }

    public int traversals() {
        return traversals;
    }

    public static void main(String[] args) {
        D33DependencyGraphAnalyzer analyzer = new D33DependencyGraphAnalyzer();
        System.out.println(analyzer.inTraversal() + " " + analyzer.traversals());
        Module core = new Module("core");
        Module util = new Module("util").dependsOn(core);
        Module net = new Module("net").dependsOn(core, util);
        Module app = new Module("app").dependsOn(net, util);
        System.out.println(analyzer.buildOrder(app) + " " + analyzer.hasCycle(app) + " reach=" + analyzer.reachableCount(app));
        core.dependsOn(app);
        System.out.println(analyzer.buildOrder(app) + " " + analyzer.hasCycle(net) + " reach=" + analyzer.reachableCount(util));
        System.out.println(analyzer.buildOrder(new Module("leaf")) + " " + analyzer.inTraversal() + " " + analyzer.traversals());
    }
}
