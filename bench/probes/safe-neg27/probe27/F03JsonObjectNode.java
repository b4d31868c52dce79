package probe27;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** JSON object node (Jackson-style) whose member table is allocated only when the first field arrives. */
public final class F03JsonObjectNode {
    private LinkedHashMap<String, Object> members; // null for empty objects; most nodes in big documents are tiny

    public F03JsonObjectNode put(String key, Object value) {
        if (members == null) {
            members = new LinkedHashMap<>();
        }
        members.put(key, value);
        return this;
    }

    public Object get(String key) { return members == null ? null : members.get(key); }
    public boolean has(String key) { return members != null && members.containsKey(key); }
    public int size() { return members == null ? 0 : members.size(); }

    public Set<String> fieldNames() {
        return members == null ? Collections.emptySet() : Collections.unmodifiableSet(members.keySet());
    }

    public Object remove(String key) {
        if (members == null) return null;
        Object old = members.remove(key);
        if (members.isEmpty()) members = null; // give the memory back
        return old;
    }

    public long getLong(String key, long defaultValue) {
        return get(key) instanceof Long l ? l : defaultValue;
    }

    private Map<String, Object> asMap() { return members == null ? Collections.emptyMap() : members; }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof F03JsonObjectNode other && asMap().equals(other.asMap());
    }

    @Override public int hashCode() { return asMap().hashCode(); }
    @Override public String toString() {
        return asMap().entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : String.valueOf(e.getValue())))
                .collect(Collectors.joining(",", "{", "}"));
    }

    public static F03JsonObjectNode parse(String json) { return new Parser(json).parseObject(); }

    /** Small recursive-descent parser for objects, strings, longs, booleans and null. */
    private static final class Parser {
        private final String s;
        private int pos;
        Parser(String s) { this.s = s; }

        F03JsonObjectNode parseObject() {
            expect('{');
            F03JsonObjectNode node = new F03JsonObjectNode();
            skipWs();
            if (peek() == '}') { pos++; return node; }
            while (true) {
                skipWs();
                String key = parseString();
                expect(':');
                skipWs();
                node.put(key, parseValue());
                skipWs();
                char c = peek();
                pos++;
                if (c == '}') return node;
                if (c != ',') throw new IllegalArgumentException("expected ',' at " + (pos - 1));
            }
        }

        Object parseValue() {
            char c = peek();
            if (c == '{') return parseObject();
            if (c == '"') return parseString();
            if (s.startsWith("true", pos)) { pos += 4; return Boolean.TRUE; }
            if (s.startsWith("false", pos)) { pos += 5; return Boolean.FALSE; }
            if (s.startsWith("null", pos)) { pos += 4; return null; }
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '-')) pos++;
            if (start == pos) throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
            return Long.parseLong(s.substring(start, pos));
        }

        String parseString() {
            expect('"');
            int end = s.indexOf('"', pos);
            if (end < 0) throw new IllegalArgumentException("unterminated string at " + pos);
            String r = s.substring(pos, end);
            pos = end + 1;
            return r;
        }

        void expect(char c) {
            skipWs();
            if (peek() != c) throw new IllegalArgumentException("expected '" + c + "' at " + pos);
            pos++;
        }

        char peek() {
            if (pos >= s.length()) throw new IllegalArgumentException("unexpected end of input");
            return s.charAt(pos);
        }

        void skipWs() { while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++; }
    }

    public static void main(String[] args) {
        F03JsonObjectNode empty = new F03JsonObjectNode();
        assert empty.size() == 0 && empty.get("a") == null && !empty.has("a") && empty.fieldNames().isEmpty();
        assert empty.remove("a") == null;
        assert empty.toString().equals("{}");
        F03JsonObjectNode parsed = parse("{\"id\": 42, \"name\": \"widget\", \"tags\": {}, \"meta\": {\"ok\": true, \"n\": null}}");
        assert parsed.size() == 4;
        assert parsed.getLong("id", -1) == 42 && parsed.getLong("name", -1) == -1;
        F03JsonObjectNode tags = (F03JsonObjectNode) parsed.get("tags");
        assert tags.size() == 0 && tags.equals(empty) && tags.hashCode() == empty.hashCode();
        F03JsonObjectNode meta = (F03JsonObjectNode) parsed.get("meta");
        assert meta.has("n") && meta.get("n") == null && Boolean.TRUE.equals(meta.get("ok"));
        String text = parsed.toString();
        assert text.equals("{\"id\":42,\"name\":\"widget\",\"tags\":{},\"meta\":{\"ok\":true,\"n\":null}}") : text;
        assert parse(text).equals(parsed) && parse(text).hashCode() == parsed.hashCode();
        meta.remove("ok");
        meta.remove("n");
        assert meta.size() == 0 && meta.equals(empty) && meta.fieldNames().isEmpty();
        meta.put("again", 1L);
        assert meta.fieldNames().equals(Set.of("again")) && !meta.equals(empty);
        System.out.println("F03 ok");
    }
}
