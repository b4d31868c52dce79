package probe36;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attribute set of a tracing span (OpenTelemetry style). Up to INLINE attributes live in two parallel arrays;
 * beyond that they spill into a LinkedHashMap that is non-null exactly when size > INLINE. Accesses branch on size.
 */
public final class SF19SpanAttributes {
    private static final int INLINE = 4;

    private final String[] keys = new String[INLINE];
    private final String[] values = new String[INLINE];
    private int size;
    private LinkedHashMap<String, String> spill; // non-null exactly when size > INLINE

    public SF19SpanAttributes put(String key, String value) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("attribute key must not be empty");
        }
        if (size > INLINE) {
            if (spill.put(key, value) == null) {
                size++;
            }
            return this;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                values[i] = value;
                return this;
            }
        }
        if (size < INLINE) {
            keys[size] = key;
            values[size++] = value;
            return this;
        }
        LinkedHashMap<String, String> grown = new LinkedHashMap<>();
        for (int i = 0; i < INLINE; i++) {
            grown.put(keys[i], values[i]);
        }
        grown.put(key, value);
        spill = grown; // the arrays are reused when the set shrinks back
        size = INLINE + 1;
        return this;
    }

    public String get(String key) {
        if (size > INLINE) {
            return spill.get(key);
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    public boolean remove(String key) {
        if (size > INLINE) {
            if (spill.remove(key) == null) {
                return false;
            }
            if (--size == INLINE) { // shrink back into the arrays
                int i = 0;
                for (Map.Entry<String, String> entry : spill.entrySet()) {
                    keys[i] = entry.getKey();
                    values[i] = entry.getValue();
                    i++;
                }
                spill = null;
            }
            return true;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                System.arraycopy(keys, i + 1, keys, i, size - i - 1);
                System.arraycopy(values, i + 1, values, i, size - i - 1);
                keys[--size] = null;
                values[size] = null;
                return true;
            }
        }
        return false;
    }

    public int size() {
        return size;
    }

    public boolean isSpilled() {
        return size > INLINE;
    }

    public String render() {
        StringBuilder out = new StringBuilder("{");
        if (size > INLINE) {
            spill.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(k).append('=').append(v));
        } else {
            for (int i = 0; i < size; i++) {
                out.append(i > 0 ? "," : "").append(keys[i]).append('=').append(values[i]);
            }
        }
        return out.append('}').toString();
    }

    public void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        size = 0;
        spill = null;
    }

    public static void main(String[] args) {
        SF19SpanAttributes attrs = new SF19SpanAttributes();
        expect(IllegalArgumentException.class, () -> attrs.put("", "x"));
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 1 (and after each drop): inline only.
            check(attrs.get("http.method") == null && !attrs.remove("nope"), "empty");
            attrs.put("http.method", "GET").put("http.route", "/users").put("http.status", "200")
                    .put("net.peer", "10.0.0.1").put("http.status", "201");
            check(!attrs.isSpilled() && attrs.size() == 4 && attrs.get("http.status").equals("201"), "inline");
            // Phase 2: spilled.
            attrs.put("user.id", "42").put("user.id", "43");
            check(attrs.isSpilled() && attrs.size() == 5 && attrs.get("user.id").equals("43") && !attrs.remove("missing"), "spilled");
            check(attrs.render().startsWith("{http.method=GET,http.route=/users"), "render spilled " + attrs.render());
            // Phase 3: dropped by shrinking back below the threshold...
            check(attrs.remove("http.route") && !attrs.isSpilled() && attrs.get("user.id").equals("43"), "shrunk back inline");
            check(attrs.render().equals("{http.method=GET,http.status=201,net.peer=10.0.0.1,user.id=43}"), "render inline");
            // ...Phase 4: created again, then dropped by clear().
            attrs.put("retry", "1");
            check(attrs.isSpilled() && attrs.get("retry").equals("1"), "spilled again");
            attrs.clear();
            check(attrs.size() == 0 && attrs.get("retry") == null && attrs.render().equals("{}"), "cleared");
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
