package probe39;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Slab allocator for a network server's I/O buffers. Construction has two phases: the private
 * constructor only records the slab size, and the static factory {@link #create} calls
 * {@code init} on the new object before handing it out. The owner map is therefore null only
 * between those two statements; every instance that callers can reach has it.
 *
 * <p>This class is single-threaded: each event-loop thread owns its own arena.
 */
public final class SI30BufferArena {
    private final int slabSize;
    private IdentityHashMap<byte[], String> owners; // buffer -> owner tag; assigned by init()
    private ArrayDeque<byte[]> free;
    private int slabsCreated;

    private SI30BufferArena(int slabSize) {
        this.slabSize = slabSize;
    }

    public static SI30BufferArena create(int slabSize, int preallocate) {
        if (slabSize <= 0 || preallocate < 0 || preallocate > 1024) {
            throw new IllegalArgumentException("bad arena size");
        }
        SI30BufferArena arena = new SI30BufferArena(slabSize);
        arena.init(preallocate);
        return arena;
    }

    private void init(int preallocate) {
        owners = new IdentityHashMap<>();
        free = new ArrayDeque<>();
        for (int i = 0; i < preallocate; i++) {
            free.push(new byte[slabSize]);
        }
        slabsCreated = preallocate;
    }

    public byte[] allocate(String owner) {
        if (owner == null || owner.isEmpty()) {
            throw new IllegalArgumentException("owner tag required");
        }
        byte[] buffer = free.poll();
        if (buffer == null) {
            buffer = new byte[slabSize];
            slabsCreated++;
        }
        owners.put(buffer, owner);
        return buffer;
    }

    public void release(byte[] buffer) {
        if (buffer == null) {
            throw new IllegalArgumentException("buffer is null");
        }
        if (owners.remove(buffer) == null) {
            throw new IllegalArgumentException("buffer not allocated from this arena, or already released");
        }
        Arrays.fill(buffer, (byte) 0);
        free.push(buffer);
    }

    public int releaseAll(String owner) {
        if (owner == null) {
            throw new IllegalArgumentException("owner is null");
        }
        int released = 0;
        Iterator<Map.Entry<byte[], String>> it = owners.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<byte[], String> entry = it.next();
            if (entry.getValue().equals(owner)) {
                byte[] buffer = entry.getKey();
                it.remove();
                Arrays.fill(buffer, (byte) 0);
                free.push(buffer);
                released++;
            }
        }
        return released;
    }

    public Map<String, Integer> usageByOwner() {
        Map<String, Integer> usage = new TreeMap<>();
        owners.values().forEach(owner -> usage.merge(owner, 1, Integer::sum));
        return usage;
    }

    public int inUse() {
        return owners.size();
    }

    public int pooled() {
        return free.size();
    }

    public int slabsCreated() {
        return slabsCreated;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> create(0, 1));
        expect(IllegalArgumentException.class, () -> create(64, -1));
        SI30BufferArena arena = create(64, 2);
        check(arena.inUse() == 0 && arena.pooled() == 2 && arena.usageByOwner().isEmpty(), "fresh arena");
        expect(IllegalArgumentException.class, () -> arena.allocate(""));
        expect(IllegalArgumentException.class, () -> arena.release(new byte[64]));
        expect(IllegalArgumentException.class, () -> arena.release(null));
        expect(IllegalArgumentException.class, () -> arena.releaseAll(null));

        byte[] a = arena.allocate("conn-1");
        byte[] b = arena.allocate("conn-1");
        byte[] c = arena.allocate("conn-2");
        check(arena.slabsCreated() == 3 && arena.pooled() == 0, "third slab created on demand");
        check(arena.usageByOwner().equals(Map.of("conn-1", 2, "conn-2", 1)), arena.usageByOwner().toString());
        a[0] = 42;
        arena.release(a);
        expect(IllegalArgumentException.class, () -> arena.release(a));
        check(a[0] == 0 && arena.allocate("conn-3") == a, "buffer reused after zeroing");
        check(arena.releaseAll("conn-1") == 1 && arena.releaseAll("conn-1") == 0, "release by owner");
        arena.release(c);
        check(arena.inUse() == 1 && arena.pooled() == 2 && b.length == 64, "accounting");

        SI30BufferArena empty = create(8, 0);
        check(empty.allocate("x").length == 8 && empty.slabsCreated() == 1, "no prealloc");
        System.out.println("OK SI30BufferArena");
    }
}
