package probe20;

import java.util.LinkedHashMap;
import java.util.Map;

public class S21JsonObjectNode {
    private final String scalar;
    private LinkedHashMap<String, S21JsonObjectNode> children;

    private S21JsonObjectNode(String scalar) {
        this.scalar = scalar;
    }

    public static S21JsonObjectNode object() {
        return new S21JsonObjectNode(null);
    }

    public static S21JsonObjectNode value(String v) {
        return new S21JsonObjectNode(v);
    }

    public S21JsonObjectNode put(String key, S21JsonObjectNode child) {
        if (scalar != null) {
            throw new IllegalStateException("scalar node cannot have children");
        }
        if (children == null) {
            children = new LinkedHashMap<>();
        }
        children.put(key, child);
        return this;
    }

    public S21JsonObjectNode path(String dotted) {
        S21JsonObjectNode cur = this;
        for (String part : dotted.split("\\.")) {
            if (cur.children == null) {
                return null;
            }
            cur = cur.children.get(part);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    public void removeAll() {
        children = null;
    }

    public String render() {
        if (scalar != null) {
            return "\"" + scalar + "\"";
        }
        if (children == null) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder("{");
        String sep = "";
        for (Map.Entry<String, S21JsonObjectNode> e : children.entrySet()) {
            sb.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue().render());
            sep = ",";
        }
        return sb.append('}').toString();
    }

    public static void main(String[] args) {
        S21JsonObjectNode root = object();
        System.out.println(root.render());
        System.out.println("missing path: " + root.path("a.b"));
        root.put("name", value("probe"))
            .put("server", object().put("host", value("localhost")).put("port", value("8080")))
            .put("tags", object());
        System.out.println(root.render());
        System.out.println("server.port = " + root.path("server.port").render());
        System.out.println("tags.x = " + root.path("tags.x"));
        System.out.println("name.x = " + root.path("name.x"));
        try {
            value("x").put("y", object());
        } catch (IllegalStateException e) {
            System.out.println("expected: " + e.getMessage());
        }
        root.path("server").removeAll();
        System.out.println(root.render());
        System.out.println("server.host = " + root.path("server.host"));
    }
}
