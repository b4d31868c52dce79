package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A build tool's module dependency graph with a module-path tree. */
public class BD19DependencyGraph {

    static final class Node {
        final String name;
        private Map<String, Node> children;

        Node(String name) {
            this.name = name;
        }

        Node child(String childName) {
            if (children == null) {
                children = new TreeMap<>();
            }
            return children.computeIfAbsent(childName, Node::new);
        }

        boolean isLeaf() {
            return children == null || children.isEmpty();
        }
    }

    /** Graph pre-populated with the platform modules. */
    static final class BootstrapGraph {
        private final Map<String, Set<String>> edges = platformEdges();
        private final List<String> roots = computeRoots();
        private final Map<String, Integer> inDegree = new HashMap<>();

        private static Map<String, Set<String>> platformEdges() {
            return new HashMap<>(Map.of("runtime", Set.of("core"), "core", Set.of()));
        }

        private List<String> computeRoots() {
            for (Map.Entry<String, Set<String>> e : edges.entrySet()) {
                for (String to : e.getValue()) {
                    inDegree.merge(to, 1, Integer::sum);
                }
            }
            return edges.keySet().stream().filter(n -> inDegree.getOrDefault(n, 0) == 0).toList();
        }

        List<String> roots() {
            return roots;
        }
    }

    private final Map<String, Set<String>> edges = new HashMap<>();
    private final Map<String, Integer> inDegree = new HashMap<>();
    private final Node root = new Node("<root>");

    void addEdge(String from, String to) {
        Set<String> out = edges.computeIfAbsent(from, k -> new LinkedHashSet<>());
        if (out.add(to)) {
            inDegree.merge(to, 1, Integer::sum);
        }
        inDegree.putIfAbsent(from, 0);
    }

    List<String> roots() {
        List<String> out = new ArrayList<>();
        inDegree.forEach((n, d) -> {
            if (d == 0) {
                out.add(n);
            }
        });
        return out;
    }

    Node registerModulePath(String path) {
        Node n = root;
        for (String part : path.split("/")) {
            n = n.child(part);
        }
        return n;
    }

    int depth(Node node) {
        if (node.isLeaf()) {
            return 1;
        }
        int max = 0;
        for (Node c : node.children.values()) {
            max = Math.max(max, depth(c));
        }
        return max + 1;
    }

    int leafChildren(Node node) {
        int n = 0;
        for (Node c : node.children.values()) {
            if (c.isLeaf()) {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) {
        BD19DependencyGraph graph = new BD19DependencyGraph();
        graph.addEdge("app", "web");
        graph.addEdge("web", "core");
        graph.addEdge("app", "core");
        System.out.println("roots " + graph.roots() + ", edges " + graph.edges.keySet());
        Node services = graph.registerModulePath("services");
        graph.registerModulePath("services/billing/api");
        graph.registerModulePath("services/search");
        Node api = graph.registerModulePath("services/billing/api");
        System.out.println("depth " + graph.depth(graph.root) + ", leaf children of " + services.name + " "
                + graph.leafChildren(services) + ", api leaf " + api.isLeaf());

        try {
            System.out.println("leaf children of api " + graph.leafChildren(api));
            noNpe("leafChildren of a leaf module");
        } catch (NullPointerException e) {
            expect(e, 101);
        }
        try {
            BootstrapGraph boot = new BootstrapGraph();
            System.out.println("platform roots " + boot.roots());
            noNpe("bootstrap graph construction");
        } catch (NullPointerException e) {
            expect(e, 47);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD19DependencyGraph.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
