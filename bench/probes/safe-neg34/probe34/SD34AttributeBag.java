package probe34;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Compact attribute bag: up to four entries inline, a spill map only once size exceeds the threshold. */
public class SD34AttributeBag {
    private static final int INLINE = 4;

    private final String[] keys = new String[INLINE];
    private final String[] values = new String[INLINE];
    private int size;
    private HashMap<String, String> spill; // non-null exactly when size > INLINE

    private int inlineIndex(String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public void put(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("null key or value");
        }
        if (size > INLINE) {
            if (spill.put(key, value) == null) {
                size++;
            }
            return;
        }
        int i = inlineIndex(key);
        if (i >= 0) {
            values[i] = value;
        } else if (size < INLINE) {
            keys[size] = key;
            values[size++] = value;
        } else { // crossing the threshold: move everything into a freshly created spill map
            HashMap<String, String> m = new HashMap<>();
            for (int j = 0; j < size; j++) {
                m.put(keys[j], values[j]);
            }
            m.put(key, value);
            spill = m; // stale inline slots are ignored while spilled and overwritten on shrink
            size++;
        }
    }

    public String get(String key) {
        if (size > INLINE) {
            return spill.get(key);
        }
        int i = inlineIndex(key);
        return i < 0 ? null : values[i];
    }

    public boolean remove(String key) {
        if (size > INLINE) {
            if (spill.remove(key) == null) {
                return false;
            }
            if (--size == INLINE) { // back at the threshold: shrink to inline storage
                int j = 0;
                for (Map.Entry<String, String> e : spill.entrySet()) {
                    keys[j] = e.getKey();
                    values[j++] = e.getValue();
                }
                spill = null;
            }
            return true;
        }
        int i = inlineIndex(key);
        if (i < 0) {
            return false;
        }
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        keys[--size] = null;
        values[size] = null;
        return true;
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

    private static void exerciseSmall(SD34AttributeBag bag, int expectedSize) {
        check(!bag.isSpilled() && bag.size() == expectedSize, "inline size " + bag.size());
        check(bag.get("missing") == null && !bag.remove("missing"), "inline miss");
        expect(IllegalArgumentException.class, () -> bag.put("k", null));
    }

    public static void main(String[] args) {
        SD34AttributeBag bag = new SD34AttributeBag();
        exerciseSmall(bag, 0);
        for (int i = 0; i < 4; i++) {
            bag.put("k" + i, "v" + i);
        }
        bag.put("k0", "v0'");
        exerciseSmall(bag, 4);
        for (int round = 0; round < 2; round++) {
            bag.put("k4", "v4"); // spill map created
            bag.put("k5", "v5");
            bag.put("k5", "v5'");
            check(bag.isSpilled() && bag.size() == 6 && "v5'".equals(bag.get("k5")), "spilled");
            check("v0'".equals(bag.get("k0")) && bag.get("missing") == null, "spilled lookups");
            expect(IllegalArgumentException.class, () -> bag.put(null, "x"));
            check(bag.remove("k5") && !bag.remove("k5") && bag.isSpilled(), "still spilled at 5");
            check(bag.remove("k4") && !bag.isSpilled(), "shrunk back: spill map dropped");
            exerciseSmall(bag, 4);
            check("v2".equals(bag.get("k2")) && bag.remove("k2") && bag.size() == 3, "inline after shrink");
            bag.put("k2", "v2");
        }
        bag.put("x", "1");
        bag.clear(); // drops the spill map
        exerciseSmall(bag, 0);
        bag.clear();
        exerciseSmall(bag, 0);
        for (int i = 0; i < 6; i++) {
            bag.put("n" + i, String.valueOf(i));
        }
        check(bag.isSpilled() && "5".equals(bag.get("n5")) && bag.size() == 6, "spilled again");
        check(bag.remove("n0") && bag.isSpilled() && bag.get("n0") == null, "remove while spilled again");
        System.out.println("SD34AttributeBag ok");
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
