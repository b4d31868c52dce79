package probe33;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A memory-compact attribute map in the spirit of Netty's DefaultAttributeMap or the small
 * maps used by DOM/AST node libraries: up to four entries live in inline arrays; beyond
 * that everything spills into a HashMap. The spill map exists exactly when
 * {@code size > INLINE}, and shrinking back to INLINE moves entries home and drops it.
 */
public final class SC38CompactAttributeMap {

    private static final int INLINE = 4;

    private final String[] keys = new String[INLINE];
    private final Object[] values = new Object[INLINE];
    private int size;
    private Map<String, Object> spill;          // non-null iff size > INLINE

    public Object get(String key) {
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

    public Object put(String key, Object value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("null keys/values are not supported");
        }
        if (size > INLINE) {
            Object old = spill.put(key, value);
            if (old == null) {
                size++;
            }
            return old;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                Object old = values[i];
                values[i] = value;
                return old;
            }
        }
        if (size < INLINE) {
            keys[size] = key;
            values[size] = value;
            size++;
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < INLINE; i++) {
            m.put(keys[i], values[i]);
        }
        m.put(key, value);
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        spill = m;
        size++;
        return null;
    }

    public Object remove(String key) {
        if (size > INLINE) {
            Object old = spill.remove(key);
            if (old != null) {
                size--;
                if (size == INLINE) {
                    int i = 0;
                    for (Map.Entry<String, Object> e : spill.entrySet()) {
                        keys[i] = e.getKey();
                        values[i] = e.getValue();
                        i++;
                    }
                    spill = null;
                }
            }
            return old;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                Object old = values[i];
                System.arraycopy(keys, i + 1, keys, i, size - i - 1);
                System.arraycopy(values, i + 1, values, i, size - i - 1);
                size--;
                keys[size] = null;
                values[size] = null;
                return old;
            }
        }
        return null;
    }

    public int size() {
        return size;
    }

    public boolean isSpilled() {
        return size > INLINE;
    }

    public void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        spill = null;
        size = 0;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC38CompactAttributeMap m = new SC38CompactAttributeMap();
        check(m.get("a") == null && m.remove("a") == null && m.size() == 0 && !m.isSpilled(), "empty");
        try {
            m.put("a", null);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                check(m.put("k" + i, i) == null, "inline put");
            }
            check(!m.isSpilled() && m.put("k2", 22).equals(2) && m.get("k2").equals(22), "inline");
            check(m.put("k4", 4) == null && m.isSpilled() && m.size() == 5, "spilled");
            check(m.put("k5", 5) == null && m.put("k5", 55).equals(5) && m.get("k5").equals(55), "spill put");
            check(m.get("k0").equals(0) && m.get("zz") == null && m.remove("zz") == null, "spill get");
            check(m.remove("k5").equals(55) && m.isSpilled(), "still spilled");
            check(m.remove("k0").equals(0) && !m.isSpilled() && m.size() == 4, "moved home");
            check(m.get("k4").equals(4) && m.get("k0") == null && m.remove("k1").equals(1) && m.size() == 3, "inline again");
            m.put("x", 1);
            m.put("y", 2);
            check(m.isSpilled(), "spilled again");
            m.clear();
            check(m.size() == 0 && !m.isSpilled() && m.get("x") == null && m.remove("x") == null, "cleared");
            m.clear();
            check(m.get("k2") == null, "cleared twice");
        }
        System.out.println("SC38 ok");
    }
}
