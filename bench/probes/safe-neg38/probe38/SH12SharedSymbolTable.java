package probe38;

import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Symbol table shared by the compilation units of one build. The table is
 * created by the first {@link #acquire()} and dropped by the last
 * {@link #release()}.
 *
 * <p>Invariant: {@code refs != 0} implies {@code symbols != null}. acquire()
 * creates the map on the 0 -> 1 transition and release() drops it on the
 * 1 -> 0 transition, so the methods test the counter only. Single-threaded.
 */
public final class SH12SharedSymbolTable {

    private int refs;
    private TreeMap<String, Integer> symbols; // exists exactly while refs > 0
    private int nextSlot;
    private int generations;

    public void acquire() {
        if (refs++ == 0) {
            symbols = new TreeMap<>();
            nextSlot = 0;
            generations++;
        }
    }

    public void release() {
        if (refs == 0) {
            throw new IllegalStateException("release() without acquire()");
        }
        if (--refs == 0) {
            symbols = null;
        }
    }

    public int intern(String name) {
        if (refs == 0) {
            throw new IllegalStateException("symbol table not acquired");
        }
        requireName(name);
        Integer slot = symbols.get(name);
        if (slot == null) {
            slot = nextSlot++;
            symbols.put(name, slot);
        }
        return slot;
    }

    public OptionalInt lookup(String name) {
        if (refs == 0) {
            return OptionalInt.empty();
        }
        requireName(name);
        Integer slot = symbols.get(name);
        return slot == null ? OptionalInt.empty() : OptionalInt.of(slot);
    }

    public String dump() {
        if (refs == 0) {
            return "{}";
        }
        return symbols.toString();
    }

    public int holders() {
        return refs;
    }

    private static void requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("symbol name");
        }
    }

    public static void main(String[] args) {
        SH12SharedSymbolTable table = new SH12SharedSymbolTable();
        // phase 1: before the map exists
        check(table.lookup("main").isEmpty() && "{}".equals(table.dump()), "nothing before acquire");
        expect(IllegalStateException.class, () -> table.intern("main"));
        expect(IllegalStateException.class, table::release);
        // phase 2: while it exists (two holders)
        table.acquire();
        table.acquire();
        check(table.intern("main") == 0 && table.intern("argv") == 1 && table.intern("main") == 0, "slots");
        check(table.lookup("argv").equals(OptionalInt.of(1)), "lookup");
        expect(IllegalArgumentException.class, () -> table.intern(null));
        table.release();
        check(table.holders() == 1 && table.lookup("main").isPresent(), "still held");
        // phase 3: after it is dropped (twice)
        table.release();
        check(table.lookup("main").isEmpty() && "{}".equals(table.dump()), "dropped");
        expect(IllegalStateException.class, table::release);
        expect(IllegalStateException.class, () -> table.intern("x"));
        // phase 4: created again
        table.acquire();
        check(table.lookup("main").isEmpty() && table.intern("helper") == 0, "fresh table");
        System.out.println("SH12SharedSymbolTable OK " + table.dump() + " generations=" + table.generations);
        table.release();
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
