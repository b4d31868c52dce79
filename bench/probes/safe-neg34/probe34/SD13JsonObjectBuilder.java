package probe34;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Streaming JSON object builder; the field map is read into a local and created on demand. */
public class SD13JsonObjectBuilder {
    private Map<String, Object> fields; // null until the first put, handed off and nulled by build()
    private int built;

    public SD13JsonObjectBuilder put(String key, Object value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key required");
        }
        Map<String, Object> f = fields;
        if (f == null) {
            f = new LinkedHashMap<>();
            fields = f;
        }
        if (f.containsKey(key)) {
            throw new IllegalArgumentException("duplicate key " + key);
        }
        f.put(key, value);
        return this;
    }

    public String build() {
        Map<String, Object> f = fields;
        fields = null;
        built++;
        if (f == null) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : f.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(e.getKey()).append("\":").append(encode(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String encode(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return '"' + v.toString().replace("\"", "\\\"") + '"';
    }

    public int pending() {
        Map<String, Object> f = fields;
        return f == null ? 0 : f.size();
    }

    public boolean has(String key) {
        Map<String, Object> f = fields;
        return f != null && f.containsKey(key);
    }

    public int builtCount() {
        return built;
    }

    public void discard() {
        fields = null;
    }

    private static void exerciseEmpty(SD13JsonObjectBuilder b, int builtSoFar) {
        check(b.pending() == 0 && !b.has("id"), "nothing pending");
        check(b.builtCount() == builtSoFar, "built count");
        expect(IllegalArgumentException.class, () -> b.put("", 1));
        b.discard();
    }

    public static void main(String[] args) {
        SD13JsonObjectBuilder b = new SD13JsonObjectBuilder();
        exerciseEmpty(b, 0);
        check("{}".equals(b.build()), "empty object");

        b.put("id", 7).put("name", "a\"b").put("active", true).put("parent", null);
        check(b.pending() == 4 && b.has("name") && !b.has("x") && b.builtCount() == 1, "pending fields");
        expect(IllegalArgumentException.class, () -> b.put("id", 8));
        String json = b.build();
        check("{\"id\":7,\"name\":\"a\\\"b\",\"active\":true,\"parent\":null}".equals(json), json);
        exerciseEmpty(b, 2);
        check("{}".equals(b.build()), "build after build");

        b.put("tmp", 1);
        b.discard();
        exerciseEmpty(b, 3);
        b.discard();
        exerciseEmpty(b, 3);

        b.put("v", 2.5);
        check(b.pending() == 1 && b.has("v") && b.builtCount() == 3, "recreated");
        check("{\"v\":2.5}".equals(b.build()), "recreated build");
        exerciseEmpty(b, 4);
        b.put("w", "x");
        b.discard();
        exerciseEmpty(b, 4);
        System.out.println("SD13JsonObjectBuilder ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
