package probe33;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An immutable JSON tree node in the style of Jackson's JsonNode: one record type for
 * all kinds. For objects the {@code fields} component holds the members; for scalars it
 * is null. Every method tests the component directly.
 */
public record SC13JsonObjectNode(String scalar, Map<String, SC13JsonObjectNode> fields) {

    public SC13JsonObjectNode {
        if ((scalar == null) == (fields == null)) {
            throw new IllegalArgumentException("exactly one of scalar/fields must be set");
        }
        if (fields != null) {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    public static SC13JsonObjectNode text(String s) {
        return new SC13JsonObjectNode(s, null);
    }

    public static SC13JsonObjectNode object(Map<String, SC13JsonObjectNode> members) {
        return new SC13JsonObjectNode(null, members);
    }

    public boolean isObject() {
        return fields != null;
    }

    public Optional<SC13JsonObjectNode> get(String name) {
        if (fields == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(fields.get(name));
    }

    public int size() {
        return fields == null ? 0 : fields.size();
    }

    public SC13JsonObjectNode with(String name, SC13JsonObjectNode value) {
        if (fields == null) {
            throw new UnsupportedOperationException("not an object node");
        }
        Map<String, SC13JsonObjectNode> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return object(copy);
    }

    public String toJson() {
        if (fields == null) {
            return '"' + scalar.replace("\"", "\\\"") + '"';
        }
        StringJoiner j = new StringJoiner(",", "{", "}");
        fields.forEach((k, v) -> j.add('"' + k + "\":" + v.toJson()));
        return j.toString();
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        try {
            new SC13JsonObjectNode(null, null);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        SC13JsonObjectNode s = text("hi \"there\"");
        check(!s.isObject() && s.size() == 0 && s.get("x").isEmpty(), "scalar");
        check(s.toJson().equals("\"hi \\\"there\\\"\""), "scalar json " + s.toJson());
        check(s.fields() == null && s.scalar() != null, "components");
        try {
            s.with("a", text("b"));
            throw new AssertionError("expected UOE");
        } catch (UnsupportedOperationException expected) {
            // ok
        }

        SC13JsonObjectNode o = object(Map.of("name", text("ada")));
        SC13JsonObjectNode o2 = o.with("lang", text("en"));
        check(o2.isObject() && o2.size() == 2, "object");
        check(o2.get("name").map(SC13JsonObjectNode::scalar).orElse("").equals("ada"), "name");
        check(o2.toJson().equals("{\"name\":\"ada\",\"lang\":\"en\"}"), "json " + o2.toJson());
        check(o.size() == 1, "immutable original");

        SC13JsonObjectNode nested = object(Map.of("user", o2, "v", text("1")));
        check(nested.get("user").flatMap(u -> u.get("lang")).isPresent(), "nested");
        check(nested.get("v").flatMap(v -> v.get("x")).isEmpty(), "scalar inside object");
        System.out.println("SC13 ok " + nested.get("user").orElseThrow().toJson());
    }
}
