package probe32;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * JSON tree model with a sealed node hierarchy (compare Jackson's JsonNode or Gson's
 * JsonElement). The base class owns a members map that only the object subclass supplies;
 * scalar subclasses pass null. Base-class methods consult the overridden isObject() - true
 * only in ObjectNode - before touching the map.
 */
public class SA29JsonTree {

    public abstract static sealed class Node permits ObjectNode, TextNode, NumberNode {
        protected final Map<String, Node> members; // null for every non-object node

        protected Node(Map<String, Node> members) {
            this.members = members;
        }

        public abstract boolean isObject();

        public final Optional<Node> get(String field) {
            if (!isObject()) {
                return Optional.empty();
            }
            return Optional.ofNullable(members.get(field));
        }

        public final int size() {
            return isObject() ? members.size() : 0;
        }

        public final Optional<Node> at(String pointer) {
            Node current = this;
            for (String part : pointer.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                Optional<Node> next = current.get(part);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                current = next.get();
            }
            return Optional.of(current);
        }

        public abstract String toJson();
    }

    public static final class ObjectNode extends Node {
        public ObjectNode() {
            super(new LinkedHashMap<>());
        }

        @Override public boolean isObject() { return true; }

        public ObjectNode put(String field, Node value) {
            members.put(field, value);
            return this;
        }

        @Override
        public String toJson() {
            StringJoiner j = new StringJoiner(",", "{", "}");
            members.forEach((k, v) -> j.add("\"" + k + "\":" + v.toJson()));
            return j.toString();
        }
    }

    public static final class TextNode extends Node {
        private final String text;

        public TextNode(String text) {
            super(null);
            this.text = text;
        }

        @Override public boolean isObject() { return false; }
        @Override public String toJson() { return "\"" + text.replace("\"", "\\\"") + "\""; }
    }

    public static final class NumberNode extends Node {
        private final double value;

        public NumberNode(double value) {
            super(null);
            this.value = value;
        }

        @Override public boolean isObject() { return false; }
        @Override public String toJson() { return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value); }
    }

    public static void main(String[] args) {
        Node name = new TextNode("Ada \"Countess\" Lovelace");
        Node year = new NumberNode(1815);
        ObjectNode address = new ObjectNode().put("city", new TextNode("London"));
        ObjectNode person = new ObjectNode().put("name", name).put("born", year).put("address", address);
        System.out.println(person.toJson() + " size=" + person.size());
        System.out.println("scalar: get=" + name.get("x") + " size=" + year.size() + " at=" + year.at("/a").isPresent());
        System.out.println("/address/city -> " + person.at("/address/city").map(Node::toJson).orElse("missing"));
        System.out.println("/name/first -> " + person.at("/name/first").map(Node::toJson).orElse("missing"));
        System.out.println("/ -> " + person.at("/").map(Node::size).orElse(-1) + " pi=" + new NumberNode(3.5).toJson());
    }
}
