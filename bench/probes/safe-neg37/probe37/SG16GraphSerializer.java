package probe37;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Object-graph serializer. Reference tracking is a final construction-time mode: only a tracking
 * serializer ever allocates the identity table, and every use of the table is behind the final
 * boolean. reconfigure() returns a new serializer in the other mode.
 */
public class SG16GraphSerializer {

    static final class Node {
        final String name;
        final List<Node> children = new ArrayList<>();

        Node(String name) {
            this.name = name;
        }
    }

    static final class GraphSerializer {
        private static final int MAX_DEPTH = 32;
        private final boolean trackReferences;
        private IdentityHashMap<Node, Integer> seen; // allocated only when trackReferences

        GraphSerializer(boolean trackReferences) {
            this.trackReferences = trackReferences;
            if (trackReferences) {
                seen = new IdentityHashMap<>();
            }
        }

        public GraphSerializer reconfigure(boolean track) {
            return new GraphSerializer(track);
        }

        public String write(Node root) {
            if (root == null) {
                throw new IllegalArgumentException("null root");
            }
            if (trackReferences) {
                seen.clear();
            }
            StringBuilder out = new StringBuilder();
            writeNode(root, out, 0);
            return out.toString();
        }

        private void writeNode(Node node, StringBuilder out, int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("graph too deep or cyclic; enable reference tracking");
            }
            if (trackReferences) {
                Integer ref = seen.get(node);
                if (ref != null) {
                    out.append("$ref:").append(ref.intValue());
                    return;
                }
                seen.put(node, seen.size() + 1);
            }
            out.append(node.name);
            if (!node.children.isEmpty()) {
                out.append('[');
                for (int i = 0; i < node.children.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    writeNode(node.children.get(i), out, depth + 1);
                }
                out.append(']');
            }
        }

        public int trackedCount() {
            return trackReferences ? seen.size() : 0;
        }

        public boolean tracksReferences() {
            return trackReferences;
        }
    }

    public static void main(String[] args) {
        Node root = new Node("root");
        Node shared = new Node("shared");
        root.children.add(shared);
        root.children.add(shared);
        Node cyclic = new Node("loop");
        cyclic.children.add(cyclic);

        // Phase 1: before the map exists (plain serializer never allocates it).
        GraphSerializer serializer = new GraphSerializer(false);
        check(serializer.write(root).equals("root[shared,shared]") && serializer.trackedCount() == 0, "plain");
        expect(IllegalArgumentException.class, () -> serializer.write(cyclic));
        expect(IllegalArgumentException.class, () -> serializer.write(null));

        // Phase 2: while it exists.
        GraphSerializer tracking = serializer.reconfigure(true);
        check(tracking.write(root).equals("root[shared,$ref:2]"), tracking.write(root));
        check(tracking.write(cyclic).equals("loop[$ref:1]") && tracking.trackedCount() == 1, "cycle");

        // Phase 3: after it has been dropped (twice).
        GraphSerializer plainAgain = tracking.reconfigure(false).reconfigure(false);
        check(!plainAgain.tracksReferences() && plainAgain.trackedCount() == 0, "plain again");
        expect(IllegalArgumentException.class, () -> plainAgain.write(cyclic));

        // Phase 4: after it has been created again.
        GraphSerializer trackingAgain = plainAgain.reconfigure(true);
        check(trackingAgain.write(cyclic).equals("loop[$ref:1]"), "tracking again");
        check(trackingAgain.write(root).equals("root[shared,$ref:2]") && trackingAgain.trackedCount() == 2, "root");
        System.out.println("SG16GraphSerializer ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
