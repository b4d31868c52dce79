package probe31;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dependency-graph analysis (think build targets). The depth table is an identity map that is
 * created at the start of a traversal, filled by a private recursive visitor, and dropped in finally.
 */
public final class I16GraphTraversal {
    public static final class Node {
        private final String label;
        private final List<Node> edges = new ArrayList<>();

        public Node(String label) {
            this.label = label;
        }

        public Node dependsOn(Node... targets) {
            Collections.addAll(edges, targets);
            return this;
        }

        public String label() {
            return label;
        }
    }

    private IdentityHashMap<Node, Integer> depth; // non-null only during traverse()

    private Map<Node, Integer> traverse(Node root) {
        if (root == null) {
            throw new IllegalArgumentException("root is required");
        }
        depth = new IdentityHashMap<>();
        try {
            visit(root, 0);
            return new IdentityHashMap<>(depth);
        } finally {
            depth = null;
        }
    }

    private void visit(Node node, int d) {
        Integer seen = depth.get(node);
        if (seen != null && seen <= d) {
            return;
        }
        depth.put(node, d);
        for (Node next : node.edges) {
            if (next != null) {
                visit(next, d + 1);
            }
        }
    }

    public synchronized int reachableCount(Node root) {
        return traverse(root).size();
    }

    public synchronized int maxDepth(Node root) {
        return traverse(root).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public synchronized boolean reaches(Node from, Node to) {
        return traverse(from).containsKey(to);
    }

    public static void main(String[] args) {
        Node core = new Node("core");
        Node util = new Node("util").dependsOn(core);
        Node net = new Node("net").dependsOn(util, core);
        Node app = new Node("app").dependsOn(net, util, null);
        core.dependsOn(); // no edges
        Node loopA = new Node("loopA");
        Node loopB = new Node("loopB").dependsOn(loopA);
        loopA.dependsOn(loopB); // cycle

        I16GraphTraversal g = new I16GraphTraversal();
        if (g.reachableCount(app) != 4) throw new AssertionError("reachable");
        if (g.maxDepth(app) != 2) throw new AssertionError("depth " + g.maxDepth(app));
        if (!g.reaches(app, core) || g.reaches(core, app)) throw new AssertionError("reaches");
        if (g.reachableCount(loopA) != 2 || g.maxDepth(core) != 0) throw new AssertionError("cycle");
        try {
            g.reachableCount(null);
            throw new AssertionError("null root");
        } catch (IllegalArgumentException expected) {
            // rejected before the table is created
        }
        System.out.println("I16 " + app.label() + " reaches " + core.label() + ", maxDepth=" + g.maxDepth(app));
    }
}
