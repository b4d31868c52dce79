package probe37;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UI-toolkit attribute set (like a widget's style properties). Up to four attributes live in
 * inline arrays; a fifth spills everything into a LinkedHashMap. The map is non-null exactly
 * when size > INLINE, and every method branches on size, never on the map.
 */
public class SG18AttributeSet {

    static final class AttributeSet {
        private static final int INLINE = 4;
        private final String[] keys = new String[INLINE];
        private final Object[] values = new Object[INLINE];
        private int size;
        private LinkedHashMap<String, Object> spill; // non-null exactly when size > INLINE

        public void put(String key, Object value) {
            if (key == null || value == null) {
                throw new IllegalArgumentException("attributes need a key and a value");
            }
            if (size > INLINE) {
                spill.put(key, value);
                size = spill.size();
                return;
            }
            int slot = indexOf(key);
            if (slot >= 0) {
                values[slot] = value;
            } else if (size < INLINE) {
                keys[size] = key;
                values[size] = value;
                size++;
            } else {
                LinkedHashMap<String, Object> grown = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    grown.put(keys[i], values[i]);
                }
                grown.put(key, value);
                Arrays.fill(keys, null);
                Arrays.fill(values, null);
                spill = grown;
                size = grown.size();
            }
        }

        public Object get(String key) {
            if (size > INLINE) {
                return spill.get(key);
            }
            int slot = indexOf(key);
            return slot >= 0 ? values[slot] : null;
        }

        public boolean remove(String key) {
            if (size <= INLINE) {
                int slot = indexOf(key);
                if (slot < 0) {
                    return false;
                }
                System.arraycopy(keys, slot + 1, keys, slot, size - slot - 1);
                System.arraycopy(values, slot + 1, values, slot, size - slot - 1);
                size--;
                keys[size] = null;
                values[size] = null;
                return true;
            }
            boolean removed = spill.remove(key) != null;
            if (spill.size() <= INLINE) {
                int i = 0;
                for (Map.Entry<String, Object> e : spill.entrySet()) {
                    keys[i] = e.getKey();
                    values[i] = e.getValue();
                    i++;
                }
                size = i;
                spill = null;
            }
            return removed;
        }

        private int indexOf(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        public int size() {
            return size;
        }

        public boolean isSpilled() {
            return size > INLINE;
        }

        public void clear() {
            size = 0;
            spill = null;
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
        }
    }

    public static void main(String[] args) {
        AttributeSet attrs = new AttributeSet();

        // Phase 1: before the map exists (inline storage only).
        for (String k : new String[] {"color", "font", "margin", "padding", "color"}) {
            attrs.put(k, k.equals("color") ? "red" : k.length());
        }
        check(!attrs.isSpilled() && attrs.size() == 4 && "red".equals(attrs.get("color")), "inline");
        check(attrs.get("border") == null && !attrs.remove("border") && attrs.get(null) == null, "absent");
        expect(IllegalArgumentException.class, () -> attrs.put("x", null));

        // Phase 2: while it exists.
        attrs.put("border", "1px");
        attrs.put("opacity", 0.5);
        check(attrs.isSpilled() && attrs.size() == 6 && "1px".equals(attrs.get("border")), "spilled");
        check(Integer.valueOf(4).equals(attrs.get("font")) && attrs.get(null) == null, "lookups in spill");
        check(attrs.remove("opacity") && !attrs.remove("opacity") && attrs.isSpilled(), "still spilled");

        // Phase 3: after it has been dropped (twice: by shrinking and by clear()).
        check(attrs.remove("margin") && !attrs.isSpilled() && attrs.size() == 4, "back inline");
        check("1px".equals(attrs.get("border")) && attrs.get("margin") == null, "migrated values");
        attrs.clear();
        attrs.clear();
        check(attrs.size() == 0 && attrs.get("color") == null, "cleared");

        // Phase 4: after it has been created again.
        for (int i = 0; i < 7; i++) {
            attrs.put("k" + i, i);
        }
        check(attrs.isSpilled() && attrs.size() == 7 && Integer.valueOf(6).equals(attrs.get("k6")), "spilled again");
        System.out.println("SG18AttributeSet ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
