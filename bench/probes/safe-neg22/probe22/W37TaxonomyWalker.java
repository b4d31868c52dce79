package probe22;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Flattens a category taxonomy into breadcrumb paths and rejects cycles. The identity map of nodes
 * on the current path exists only while {@code flatten()} runs; the private recursive
 * {@code walk()} uses it without a test because only {@code flatten()} calls it, after creating
 * the map, and the map is reset in a {@code finally} block.
 */
public class W37TaxonomyWalker {

    /** A taxonomy node; children may be edited, so cycles are possible. */
    public static final class Category {
        private final String name;
        private final List<Category> children = new ArrayList<>();

        public Category(String name) {
            this.name = name;
        }

        public Category add(Category child) {
            children.add(child);
            return this;
        }

        public String name() {
            return name;
        }

        public List<Category> children() {
            return children;
        }
    }

    /** Not thread-safe; create one walker per request. */
    public static final class Walker {
        private IdentityHashMap<Category, Integer> onPath; // node -> depth; only during flatten()
        private int maxDepth;

        public List<String> flatten(Category root) {
            onPath = new IdentityHashMap<>();
            maxDepth = 0;
            try {
                List<String> out = new ArrayList<>();
                walk(root, "", 0, out);
                return out;
            } finally {
                onPath = null;
            }
        }

        private void walk(Category node, String prefix, int depth, List<String> out) {
            Integer seenAt = onPath.put(node, depth);
            if (seenAt != null) {
                throw new IllegalArgumentException("cycle: '" + node.name() + "' at depth " + depth
                        + " already on path at depth " + seenAt);
            }
            String path = prefix.isEmpty() ? node.name() : prefix + " > " + node.name();
            out.add(path);
            maxDepth = Math.max(maxDepth, depth);
            for (Category child : node.children()) {
                walk(child, path, depth + 1, out);
            }
            onPath.remove(node);
        }

        public boolean isWalking() {
            return onPath != null;
        }

        public int maxDepth() {
            return maxDepth;
        }
    }

    public static void main(String[] args) {
        Category laptops = new Category("Laptops");
        Category root = new Category("Shop")
                .add(new Category("Computers").add(laptops).add(new Category("Desktops")))
                .add(new Category("Garden"));
        Category shared = new Category("Accessories");
        laptops.add(shared);
        root.add(shared);

        Walker walker = new Walker();
        System.out.println("walking=" + walker.isWalking());
        walker.flatten(root).forEach(System.out::println);
        System.out.println("maxDepth=" + walker.maxDepth() + " walking=" + walker.isWalking());

        shared.add(root);
        try {
            walker.flatten(root);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage() + " walking=" + walker.isWalking());
        }
        System.out.println(walker.flatten(new Category("Solo")));
    }
}
