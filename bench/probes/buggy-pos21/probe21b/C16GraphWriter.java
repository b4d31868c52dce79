package probe21b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes object graphs as text, emitting back references for nodes that are shared. */
public class C16GraphWriter {

    private static final String FILE = "C16GraphWriter.java";

    /** A node of the graph to write; nodes are told apart by identity while writing. */
    record Node(String label, List<Node> children) { }

    /** Ids of the nodes written in the current pass; exists only while a pass runs. */
    private IdentityHashMap<Node, Integer> visited;
    /** Back references written per label, over all passes; created by the first pass. */
    private Map<String, Integer> backRefs;

    private void begin() {
        visited = new IdentityHashMap<>();
        backRefs = backRefs == null ? new HashMap<>() : backRefs;
    }

    private void end() {
        visited = null;
    }

    private void writeNode(Node n, StringBuilder out) {
        Integer id = visited.get(n);
        if (id != null) {
            out.append('@').append(id);
            backRefs.merge(n.label(), 1, Integer::sum);
            return;
        }
        visited.put(n, visited.size());
        out.append(n.label()).append('(');
        n.children().forEach(c -> writeNode(c, out));
        out.append(')');
    }

    String writeCounted(Node root) {
        StringBuilder out = new StringBuilder();
        begin();
        try {
            writeNode(root, out);
        } finally {
            end();
        }
        return out.append(" #").append(visited.size()).toString(); // BUG
    }

    /** Writes a graph given as "a>b,b>c" with its node count; a malformed edge yields an error dump. */
    String writeSpec(String spec) {
        StringBuilder out = new StringBuilder();
        begin();
        try {
            writeNode(parse(spec), out);
            out.append(" #").append(visited.size());
        } catch (IllegalArgumentException e) {
            out.append("malformed after ").append(visited.size()).append(" nodes");
        } finally {
            end();
        }
        return out.toString();
    }

    /** Like {@link #writeSpec(String)}, but parses the whole spec before the pass starts. */
    String writeSpecStrict(String spec) {
        StringBuilder out = new StringBuilder();
        try {
            Node root = parse(spec);
            begin();
            writeNode(root, out);
            end();
        } catch (IllegalArgumentException e) {
            out.append("malformed after ").append(visited.size()).append(" nodes"); // BUG
        }
        return out.toString();
    }

    private static Node parse(String spec) {
        Map<String, Node> byLabel = new LinkedHashMap<>();
        for (String edge : spec.split(",")) {
            String[] ends = edge.split(">");
            if (ends.length != 2) {
                throw new IllegalArgumentException("malformed edge " + edge);
            }
            Node from = byLabel.computeIfAbsent(ends[0], l -> new Node(l, new ArrayList<>()));
            from.children().add(byLabel.computeIfAbsent(ends[1], l -> new Node(l, new ArrayList<>())));
        }
        return byLabel.values().iterator().next();
    }

    public static void main(String[] args) {
        C16GraphWriter writer = new C16GraphWriter();
        String out = writer.writeSpec("a>b,a>c,b>c") + writer.writeSpec("a>b,b>a") + writer.writeSpec("a>b,oops");
        System.out.println("safe: " + out + writer.writeSpecStrict("x>y,y>z") + writer.backRefs);

        prove(FILE, 53, () -> new C16GraphWriter().writeCounted(parse("a>b")));
        prove(FILE, 80, () -> new C16GraphWriter().writeSpecStrict("a>b,b"));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
