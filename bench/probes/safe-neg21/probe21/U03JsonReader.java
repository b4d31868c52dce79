package probe21;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiny recursive-descent JSON reader. The object being filled lives in the field
 * {@code current}; each object() call saves the caller's map in a local, installs a fresh one
 * and restores the saved value in finally, so after a nested call returns the field again
 * holds the enclosing object's (non-null) map. Outside object() the field is null.
 */
public final class U03JsonReader {

    private final String text;
    private int pos;
    private Map<String, Object> current;

    private U03JsonReader(String text) {
        this.text = text;
    }

    public static Object read(String json) {
        U03JsonReader reader = new U03JsonReader(json);
        Object value = reader.value();
        if (!json.substring(reader.pos).isBlank()) {
            throw reader.error("trailing characters");
        }
        return value;
    }

    private Object value() {
        return switch (peek()) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> saved = current;
        current = new LinkedHashMap<>();
        try {
            expect('{');
            if (peek() == '}') {
                pos++;
                return current;
            }
            char c;
            do {
                String key = string();
                expect(':');
                Object member = value();
                if (current.containsKey(key)) {
                    throw error("duplicate key '" + key + "'");
                }
                current.put(key, member);
                c = next();
            } while (c == ',');
            if (c != '}') {
                throw error("expected ',' or '}'");
            }
            return current;
        } finally {
            current = saved;
        }
    }

    private List<Object> array() {
        expect('[');
        List<Object> items = new ArrayList<>();
        if (peek() == ']') {
            pos++;
            return items;
        }
        char c;
        do {
            items.add(value());
            c = next();
        } while (c == ',');
        if (c != ']') {
            throw error("expected ',' or ']'");
        }
        return items;
    }

    private String string() {
        expect('"');
        int end = text.indexOf('"', pos);
        if (end < 0) {
            throw error("unterminated string");
        }
        String s = text.substring(pos, end);
        pos = end + 1;
        return s;
    }

    private Object literal() {
        int start = pos;
        while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        return switch (token) {
            case "true", "false" -> Boolean.valueOf(token);
            case "null" -> null;
            default -> new BigDecimal(token); // NumberFormatException is an IllegalArgumentException
        };
    }

    private char peek() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at offset " + pos);
    }

    public static void main(String[] args) {
        System.out.println(read("{\"a\": 1, \"b\": {\"c\": [true, null, \"x\", {}], \"d\": {\"e\": 2.5}}, \"f\": \"g\"}"));
        System.out.println(read("[1, [2, {\"k\": []}], \"s\"]") + " " + read("  \"plain\" ") + " " + read("{ }"));
        try {
            read("{\"a\": 1, \"a\": 2}");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
    }
}
