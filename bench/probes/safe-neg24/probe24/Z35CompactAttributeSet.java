package probe24;

import java.util.Arrays;
import java.util.HashMap;

/**
 * An attribute set that stores entries in parallel arrays and searches them linearly
 * while small, like javac's scopes or Android's ArrayMap; a hash index over the slots is
 * built once the size passes a threshold. The index exists exactly when size > 8.
 */
public class Z35CompactAttributeSet {

    private static final int INDEX_THRESHOLD = 8;

    private String[] names = new String[4];
    private String[] values = new String[4];
    private int size;
    /** Name to slot; non-null exactly while size > INDEX_THRESHOLD. */
    private HashMap<String, Integer> index;

    private int slotOf(String name) {
        if (size > INDEX_THRESHOLD) {
            Integer slot = index.get(name);
            return slot == null ? -1 : slot;
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public void put(String name, String value) {
        int slot = slotOf(name);
        if (slot >= 0) {
            values[slot] = value;
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        if (size == INDEX_THRESHOLD + 1) {
            index = new HashMap<>();
            for (int i = 0; i < size; i++) {
                index.put(names[i], i);
            }
        } else if (size > INDEX_THRESHOLD + 1) {
            index.put(name, size - 1);
        }
    }

    public String get(String name) {
        int slot = slotOf(name);
        return slot < 0 ? null : values[slot];
    }

    /** Removes by moving the last entry into the freed slot. */
    public boolean remove(String name) {
        int slot = slotOf(name);
        if (slot < 0) {
            return false;
        }
        int last = size - 1;
        if (size > INDEX_THRESHOLD) {
            index.remove(name);
            if (slot != last) {
                index.put(names[last], slot);
            }
        }
        names[slot] = names[last];
        values[slot] = values[last];
        names[last] = null;
        values[last] = null;
        size--;
        if (size == INDEX_THRESHOLD) {
            index = null;
        }
        return true;
    }

    public static void main(String[] args) {
        Z35CompactAttributeSet attrs = new Z35CompactAttributeSet();
        System.out.println(attrs.get("id") + " " + attrs.remove("id"));
        for (int i = 0; i < 12; i++) {
            attrs.put("data-" + i, Integer.toString(i * i));
        }
        attrs.put("data-3", "nine");
        System.out.println(attrs.size + " " + attrs.get("data-3") + " " + attrs.get("data-11") + " " + (attrs.index != null));
        for (int i = 0; i < 5; i++) {
            attrs.remove("data-" + i);
        }
        System.out.println(attrs.size + " " + attrs.get("data-7") + " " + attrs.get("data-1") + " " + (attrs.index != null));
        attrs.put("class", "btn");
        attrs.put("id", "ok");
        System.out.println(attrs.size + " " + attrs.get("class") + " " + attrs.remove("data-11") + " " + attrs.get("id"));
    }
}
