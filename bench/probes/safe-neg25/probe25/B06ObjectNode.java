package probe25;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Jackson-like mutable JSON tree node. A node is either a scalar (value) or an
 * object; an object node only allocates its children map once a field is set.
 */
public final class B06ObjectNode {
    public static final B06ObjectNode MISSING = new B06ObjectNode(null, true);

    private final Object value;
    private final boolean missing;
    private LinkedHashMap<String, B06ObjectNode> children; // null for scalars and empty objects

    private B06ObjectNode(Object value, boolean missing) {
        this.value = value;
        this.missing = missing;
    }

    public static B06ObjectNode objectNode() {
        return new B06ObjectNode(null, false);
    }

    public static B06ObjectNode scalar(Object value) {
        return new B06ObjectNode(value, false);
    }

    public B06ObjectNode put(String field, Object v) {
        if (children == null) {
            children = new LinkedHashMap<>();
        }
        children.put(field, v instanceof B06ObjectNode n ? n : scalar(v));
        return this;
    }

    public B06ObjectNode with(String field) {
        B06ObjectNode existing = get(field);
        if (existing != null && existing.value == null) {
            return existing;
        }
        B06ObjectNode created = objectNode();
        put(field, created);
        return created;
    }

    public B06ObjectNode get(String field) {
        return children == null ? null : children.get(field);
    }

    public B06ObjectNode path(String field) {
        B06ObjectNode n = get(field);
        return n != null ? n : MISSING;
    }

    public boolean isMissing() { return missing; }

    public int size() {
        return children == null ? 0 : children.size();
    }

    public Iterator<String> fieldNames() {
        if (children == null) {
            return Collections.emptyIterator();
        }
        return Collections.unmodifiableSet(children.keySet()).iterator();
    }

    public B06ObjectNode remove(String field) {
        if (children == null) {
            return null;
        }
        B06ObjectNode old = children.remove(field);
        if (children.isEmpty()) {
            children = null;
        }
        return old;
    }

    public B06ObjectNode deepCopy() {
        B06ObjectNode copy = new B06ObjectNode(value, missing);
        if (children != null) {
            children.forEach((k, v) -> copy.put(k, v.deepCopy()));
        }
        return copy;
    }

    public String toJson() {
        if (missing) {
            return "";
        }
        if (value != null) {
            return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
        }
        StringBuilder sb = new StringBuilder("{");
        if (children != null) {
            String separator = "";
            for (Map.Entry<String, B06ObjectNode> e : children.entrySet()) {
                sb.append(separator).append('"').append(e.getKey()).append("\":").append(e.getValue().toJson());
                separator = ",";
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof B06ObjectNode other)) {
            return false;
        }
        return missing == other.missing && Objects.equals(value, other.value)
                && Objects.equals(children, other.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, missing, children);
    }

    @Override
    public String toString() {
        return toJson();
    }

    public static void main(String[] args) {
        B06ObjectNode root = objectNode();
        System.out.println(root.toJson() + " " + root.size() + " " + root.get("a") + " "
                + root.path("a").isMissing() + " " + root.remove("a") + " " + root.fieldNames().hasNext());
        root.put("name", "widget").put("price", 9.5);
        root.with("dimensions").put("w", 3).put("h", 4);
        root.with("dimensions").put("d", 1);
        B06ObjectNode copy = root.deepCopy();
        System.out.println(root + " " + copy.equals(root) + " " + (copy.hashCode() == root.hashCode()));
        copy.path("dimensions").remove("w");
        copy.remove("dimensions");
        System.out.println(copy + " size=" + copy.size() + " " + copy.equals(root));
        copy.remove("name");
        copy.remove("price");
        System.out.println(copy + " " + copy.equals(objectNode()) + " " + MISSING.toJson().isEmpty()
                + " " + scalar("x").deepCopy());
    }
}
