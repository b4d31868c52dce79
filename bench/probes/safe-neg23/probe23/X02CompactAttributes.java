package probe23;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Attribute storage that keeps small sets in two parallel arrays and switches to a HashMap once it
 * grows past {@link #INLINE_CAPACITY}, much like Android's ArrayMap. Exactly one representation is
 * in use at a time: either {@code large} is non-null, or the arrays hold the entries.
 * Not thread-safe.
 */
public final class X02CompactAttributes {

    static final int INLINE_CAPACITY = 4;

    private String[] keys = new String[INLINE_CAPACITY];
    private Object[] vals = new Object[INLINE_CAPACITY];
    private int inlineSize;
    private HashMap<String, Object> large;

    public Object get(String key) {
        if (large != null) {
            return large.get(key);
        }
        int i = indexOf(key);
        return i < 0 ? null : vals[i];
    }

    public void put(String key, Object value) {
        Objects.requireNonNull(key, "key");
        if (large != null) {
            large.put(key, value);
            return;
        }
        int i = indexOf(key);
        if (i >= 0) {
            vals[i] = value;
        } else if (inlineSize < INLINE_CAPACITY) {
            keys[inlineSize] = key;
            vals[inlineSize] = value;
            inlineSize++;
        } else {
            HashMap<String, Object> promoted = new HashMap<>(INLINE_CAPACITY * 4);
            for (int j = 0; j < inlineSize; j++) {
                promoted.put(keys[j], vals[j]);
            }
            promoted.put(key, value);
            large = promoted;
            keys = null;
            vals = null;
            inlineSize = 0;
        }
    }

    public Object remove(String key) {
        if (large != null) {
            return large.remove(key);
        }
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Object old = vals[i];
        int tail = inlineSize - i - 1;
        System.arraycopy(keys, i + 1, keys, i, tail);
        System.arraycopy(vals, i + 1, vals, i, tail);
        inlineSize--;
        keys[inlineSize] = null;
        vals[inlineSize] = null;
        return old;
    }

    public int size() {
        return large != null ? large.size() : inlineSize;
    }

    public boolean isPromoted() {
        return large != null;
    }

    /** Returns to the array form when the map has shrunk enough; returns whether it did. */
    public boolean compact() {
        if (large == null || large.size() > INLINE_CAPACITY) {
            return false;
        }
        String[] k = new String[INLINE_CAPACITY];
        Object[] v = new Object[INLINE_CAPACITY];
        int n = 0;
        for (Map.Entry<String, Object> e : large.entrySet()) {
            k[n] = e.getKey();
            v[n] = e.getValue();
            n++;
        }
        keys = k;
        vals = v;
        inlineSize = n;
        large = null;
        return true;
    }

    /** Visits a snapshot, so the action may modify this object. */
    public void forEach(BiConsumer<String, Object> action) {
        if (large != null) {
            new HashMap<>(large).forEach(action);
            return;
        }
        String[] k = Arrays.copyOf(keys, inlineSize);
        Object[] v = Arrays.copyOf(vals, inlineSize);
        for (int i = 0; i < k.length; i++) {
            action.accept(k[i], v[i]);
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < inlineSize; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        X02CompactAttributes attrs = new X02CompactAttributes();
        attrs.put("layout_width", 320);
        attrs.put("layout_height", 48);
        System.out.println("inline size=" + attrs.size() + " promoted=" + attrs.isPromoted()
                + " width=" + attrs.get("layout_width") + " compact=" + attrs.compact());
        for (String k : new String[] {"padding", "margin", "gravity", "elevation"}) {
            attrs.put(k, k.length());
        }
        System.out.println("after growth size=" + attrs.size() + " promoted=" + attrs.isPromoted()
                + " gravity=" + attrs.get("gravity"));
        attrs.remove("padding");
        attrs.remove("margin");
        System.out.println("compact=" + attrs.compact() + " promoted=" + attrs.isPromoted());
        attrs.forEach((k, v) -> System.out.println("  " + k + "=" + v));
        System.out.println("removed=" + attrs.remove("elevation") + " missing=" + attrs.get("nope")
                + " size=" + attrs.size());
    }
}
