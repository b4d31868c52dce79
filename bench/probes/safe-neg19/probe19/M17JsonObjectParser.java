package probe19;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Small recursive-descent JSON parser exposing the last successfully parsed object. */
public class M17JsonObjectParser {
    private Map<String, Object> lastResult;
    private String lastError;
    private String src;
    private int pos;

    public boolean parse(String text) {
        lastResult = null;
        lastError = null;
        src = text;
        pos = 0;
        try {
            Map<String, Object> parsed = parseObject();
            skipWhitespace();
            if (pos != src.length()) {
                throw new IllegalArgumentException("trailing data at " + pos);
            }
            lastResult = parsed;
            return true;
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            lastError = e.getMessage();
            return false;
        }
    }

    private Map<String, Object> parseObject() {
        expect('{');
        Map<String, Object> obj = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return obj;
        }
        do {
            skipWhitespace();
            String key = parseString();
            skipWhitespace();
            expect(':');
            obj.put(key, parseValue());
            skipWhitespace();
        } while (src.charAt(pos++) == ',');
        if (src.charAt(pos - 1) != '}') {
            throw new IllegalArgumentException("expected '}' at " + (pos - 1));
        }
        return obj;
    }

    private Object parseValue() {
        skipWhitespace();
        char c = peek();
        if (c == '{') return parseObject();
        if (c == '"') return parseString();
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') { pos++; return items; }
            do { items.add(parseValue()); skipWhitespace(); } while (src.charAt(pos++) == ',');
            return items;
        }
        int start = pos;
        while (pos < src.length() && "-0123456789.truefalsn".indexOf(src.charAt(pos)) >= 0) pos++;
        String word = src.substring(start, pos);
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> "null";
            default -> Double.parseDouble(word);
        };
    }

    private String parseString() {
        expect('"');
        int end = src.indexOf('"', pos);
        if (end < 0) throw new IllegalArgumentException("unterminated string");
        String s = src.substring(pos, end);
        pos = end + 1;
        return s;
    }

    private void expect(char c) {
        skipWhitespace();
        if (peek() != c) throw new IllegalArgumentException("expected '" + c + "' at " + pos);
        pos++;
    }

    private char peek() { return pos < src.length() ? src.charAt(pos) : '\0'; }
    private void skipWhitespace() { while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++; }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(lastResult).map(m -> m.get(key));
    }

    public Set<String> keys() {
        return Optional.ofNullable(lastResult).<Set<String>>map(m -> new TreeSet<>(m.keySet())).orElse(Set.of());
    }

    public String error() { return lastError == null ? "none" : lastError; }

    public static void main(String[] args) {
        M17JsonObjectParser p = new M17JsonObjectParser();
        System.out.println(p.get("a") + " " + p.keys() + " " + p.error());
        System.out.println(p.parse("{\"name\": \"svc\", \"port\": 8080, \"tags\": [\"a\", true], \"db\": {\"pool\": 4}}"));
        System.out.println(p.keys() + " " + p.get("port").orElse("-") + " " + p.get("db").orElse("-"));
        System.out.println(p.parse("{\"broken\": ") + " " + p.error() + " " + p.get("name").isPresent() + " " + p.keys());
        System.out.println(p.parse("{}") + " " + p.keys() + " " + p.parse("{\"x\": 1} junk") + " " + p.error());
        System.out.println(p.parse("  {\"k\": null, \"e\": []}  ") + " " + p.get("k").orElse("-") + " " + p.get("zzz").isPresent());
    }
}
