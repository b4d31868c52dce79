package probe35;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * DOM-style attribute set that stores up to four attributes inline in parallel arrays
 * and spills into a HashMap beyond that, shrinking back when it gets small again.
 * The size counter decides the representation: the spill map exists iff size > 4.
 */
public class SE23AttributeSet {
    private static final int INLINE = 4;

    private final String[] keys = new String[INLINE];
    private final String[] values = new String[INLINE];
    private int size;
    private HashMap<String, String> spill; // non-null exactly when size > INLINE

    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (size > INLINE) {
            if (spill.put(key, value) == null) {
                size++;
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                values[i] = value;
                return;
            }
        }
        if (size < INLINE) {
            keys[size] = key;
            values[size] = value;
            size++;
            return;
        }
        HashMap<String, String> map = new HashMap<>();
        for (int i = 0; i < INLINE; i++) {
            map.put(keys[i], values[i]);
        }
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        map.put(key, value);
        spill = map;
        size++;
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
            if (--size == INLINE) {
                int i = 0;
                for (Map.Entry<String, String> e : spill.entrySet()) {
                    keys[i] = e.getKey();
                    values[i++] = e.getValue();
                }
                spill = null;
            }
            return true;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                System.arraycopy(keys, i + 1, keys, i, size - i - 1);
                System.arraycopy(values, i + 1, values, i, size - i - 1);
                size--;
                keys[size] = null;
                values[size] = null;
                return true;
            }
        }
        return false;
    }

    public int size() {
        return size;
    }

    public boolean isInline() {
        return size <= INLINE;
    }

    public void clear() {
        spill = null;
        size = 0;
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
    }

    public static void main(String[] args) {
        SE23AttributeSet attrs = new SE23AttributeSet();
        check(attrs.get("id") == null && !attrs.remove("id") && attrs.isInline(), "empty");
        for (int i = 0; i < 4; i++) {
            attrs.put("a" + i, "v" + i);
        }
        attrs.put("a2", "changed");
        check(attrs.isInline() && attrs.size() == 4 && attrs.get("a2").equals("changed"), "inline full");

        for (int round = 0; round < 2; round++) {
            attrs.put("class", "btn");
            attrs.put("style", "x");
            attrs.put("style", "y");
            check(!attrs.isInline() && attrs.size() == 6 && attrs.get("style").equals("y"), "spilled");
            check(attrs.remove("style") && !attrs.remove("nope") && attrs.remove("class"), "remove spilled");
            check(attrs.isInline() && attrs.size() == 4 && attrs.get("a2").equals("changed"), "shrunk back");
            check(attrs.get("class") == null && attrs.remove("a0") && attrs.size() == 3, "inline again");
            attrs.put("a0", "v0");
        }

        attrs.put("x", "1");
        check(!attrs.isInline(), "spilled before clear");
        attrs.clear();
        attrs.clear();
        check(attrs.size() == 0 && attrs.get("x") == null && !attrs.remove("x"), "cleared");
        for (int i = 0; i < 6; i++) {
            attrs.put("k" + i, "v");
        }
        check(attrs.size() == 6 && attrs.get("k5").equals("v"), "spilled again");
        System.out.println("SE23AttributeSet ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
