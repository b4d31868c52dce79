package probe23;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hierarchical configuration nodes. Only the root node owns the flat key index; every other node
 * has a null index and reaches the root's through {@link #root()}, which walks up to the node
 * without a parent. Not thread-safe.
 */
public final class X34ConfigTree {

    private final X34ConfigTree parent;
    private final String name;
    private final Map<String, X34ConfigTree> children = new LinkedHashMap<>();
    private HashMap<String, String> index;

    /** Creates a root node. */
    public X34ConfigTree() {
        this(null, "");
    }

    private X34ConfigTree(X34ConfigTree parent, String name) {
        this.parent = parent;
        this.name = name;
        if (parent == null) {
            index = new HashMap<>();
        }
    }

    private X34ConfigTree root() {
        X34ConfigTree n = this;
        while (n.parent != null) {
            n = n.parent;
        }
        return n;
    }

    private String path() {
        return parent == null ? "" : parent.path() + name + ".";
    }

    public X34ConfigTree child(String childName) {
        if (childName == null || childName.isEmpty() || childName.contains(".")) {
            throw new IllegalArgumentException("invalid node name: " + childName);
        }
        return children.computeIfAbsent(childName, n -> new X34ConfigTree(this, n));
    }

    public X34ConfigTree set(String key, String value) {
        root().index.put(path() + key, value);
        return this;
    }

    public String get(String key) {
        return root().index.get(path() + key);
    }

    /** Removes all keys under this node, from the root's index. */
    public int clear() {
        String prefix = path();
        Map<String, String> idx = root().index;
        int before = idx.size();
        idx.keySet().removeIf(k -> k.startsWith(prefix));
        return before - idx.size();
    }

    public Map<String, String> snapshot() {
        return new TreeMap<>(root().index);
    }

    public boolean isRoot() {
        return index != null;
    }

    public static void main(String[] args) {
        X34ConfigTree config = new X34ConfigTree();
        X34ConfigTree db = config.child("datasource");
        X34ConfigTree pool = db.child("pool");
        db.set("url", "jdbc:h2:mem:test").set("user", "sa");
        pool.set("max", "20");
        config.child("server").set("port", "8080");
        config.set("app", "demo");
        System.out.println("root? " + config.isRoot() + " pool root? " + pool.isRoot()
                + " pool.max=" + pool.get("max") + " via root=" + config.get("datasource.pool.max"));
        System.out.println(config.snapshot());
        System.out.println("cleared " + db.clear() + " -> " + pool.snapshot() + " missing=" + pool.get("max"));
    }
}
