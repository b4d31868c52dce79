package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Write buffer for a storage engine: entries go to memory up to a capacity, the rest spill into an
 * ordered overflow area. The overflow map exists exactly while the spilled counter is positive.
 */
public final class I27OverflowBuffer {
    private final int capacity;
    private final HashMap<String, byte[]> memory = new HashMap<>();
    private TreeMap<String, byte[]> spill; // non-null iff spilled > 0
    private int spilled;

    public I27OverflowBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.capacity = capacity;
    }

    public void put(String key, byte[] value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("key and value are required");
        }
        if (memory.containsKey(key) || memory.size() < capacity) {
            memory.put(key, value);
            dropSpilled(key);
            return;
        }
        if (spilled == 0) {
            spill = new TreeMap<>();
        }
        if (spill.put(key, value) == null) {
            spilled++;
        }
    }

    private boolean dropSpilled(String key) {
        if (spilled > 0 && spill.remove(key) != null) {
            if (--spilled == 0) {
                spill = null;
            }
            return true;
        }
        return false;
    }

    public byte[] get(String key) {
        if (key == null) {
            return null;
        }
        byte[] v = memory.get(key);
        if (v == null && spilled > 0) {
            v = spill.get(key);
        }
        return v;
    }

    public boolean remove(String key) {
        if (key == null) {
            return false;
        }
        return memory.remove(key) != null || dropSpilled(key);
    }

    public int compact() {
        int moved = 0;
        while (spilled > 0 && memory.size() < capacity) {
            Map.Entry<String, byte[]> e = spill.pollFirstEntry();
            memory.put(e.getKey(), e.getValue());
            moved++;
            if (--spilled == 0) {
                spill = null;
            }
        }
        return moved;
    }

    public int spilledCount() {
        return spilled;
    }

    public int size() {
        return memory.size() + spilled;
    }

    public static void main(String[] args) {
        I27OverflowBuffer buf = new I27OverflowBuffer(2);
        if (buf.get("a") != null || buf.remove("a") || buf.compact() != 0 || buf.size() != 0) throw new AssertionError("empty");
        buf.put("a", new byte[] {1});
        buf.put("b", new byte[] {2});
        buf.put("c", new byte[] {3});
        buf.put("d", new byte[] {4});
        buf.put("c", new byte[] {33}); // overwrite inside the spill area
        if (buf.spilledCount() != 2 || buf.get("c")[0] != 33) throw new AssertionError("spill");
        buf.put("a", new byte[] {11}); // memory overwrite
        if (!buf.remove("d") || buf.remove("d") || buf.get(null) != null || buf.remove(null)) throw new AssertionError("remove");
        if (!buf.remove("b")) throw new AssertionError("remove memory");
        if (buf.compact() != 1 || buf.spilledCount() != 0 || buf.get("c")[0] != 33) throw new AssertionError("compact");
        buf.remove("c");
        buf.put("e", new byte[] {5});
        buf.put("f", new byte[] {6});
        if (!buf.remove("f") || buf.spilledCount() != 0) throw new AssertionError("spill emptied by remove");
        try {
            buf.put(null, new byte[0]);
            throw new AssertionError("null key");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        try {
            new I27OverflowBuffer(0);
            throw new AssertionError("zero capacity");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("I27 size=" + buf.size() + " spilled=" + buf.spilledCount() + " a=" + buf.get("a")[0]);
    }
}
