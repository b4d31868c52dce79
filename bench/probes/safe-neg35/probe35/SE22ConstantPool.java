package probe35;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Class-file constant pool builder of a small compiler back end. State lives in a
 * bitmask: HAS_POOL is set in the same statements that create the pool map and
 * cleared when it is dropped; SEALED freezes it after emission.
 */
public class SE22ConstantPool {
    private static final int HAS_POOL = 1;
    private static final int SEALED = 1 << 1;
    private static final int VERBOSE = 1 << 2;

    private int flags;
    private Map<Object, Integer> pool; // non-null exactly when (flags & HAS_POOL) != 0

    public void setVerbose(boolean verbose) {
        flags = verbose ? flags | VERBOSE : flags & ~VERBOSE;
    }

    public int intern(Object constant) {
        if (!(constant instanceof String || constant instanceof Integer || constant instanceof Long)) {
            throw new IllegalArgumentException("unsupported constant " + constant);
        }
        if ((flags & SEALED) != 0) {
            throw new IllegalStateException("constant pool already emitted");
        }
        if ((flags & HAS_POOL) == 0) {
            pool = new LinkedHashMap<>();
            flags |= HAS_POOL;
        }
        Integer existing = pool.get(constant);
        if (existing != null) {
            return existing;
        }
        int index = pool.size() + 1;
        pool.put(constant, index);
        return index;
    }

    public int indexOf(Object constant) {
        Integer index = (flags & HAS_POOL) != 0 ? pool.get(constant) : null;
        if (index == null) {
            throw new NoSuchElementException("not in pool: " + constant);
        }
        return index;
    }

    public int size() {
        return (flags & HAS_POOL) == HAS_POOL ? pool.size() : 0;
    }

    public String emit() {
        if ((flags & HAS_POOL) == 0) {
            return "pool[]";
        }
        flags |= SEALED;
        StringBuilder out = new StringBuilder("pool[");
        pool.forEach((constant, index) -> {
            out.append('#').append(index);
            if ((flags & VERBOSE) != 0) {
                out.append('=').append(constant);
            }
            out.append(' ');
        });
        return out.toString().trim() + "]";
    }

    public void reset() {
        pool = null;
        flags &= ~(HAS_POOL | SEALED);
    }

    public static void main(String[] args) {
        SE22ConstantPool cp = new SE22ConstantPool();
        check(cp.size() == 0 && cp.emit().equals("pool[]"), "empty pool");
        expect(NoSuchElementException.class, () -> cp.indexOf("main"));
        expect(IllegalArgumentException.class, () -> cp.intern(3.5));

        check(cp.intern("main") == 1 && cp.intern(42) == 2 && cp.intern("main") == 1, "interning");
        cp.setVerbose(true);
        check(cp.indexOf(42) == 2 && cp.size() == 2, "lookup");
        check(cp.emit().equals("pool[#1=main #2=42]"), "emit verbose");
        expect(IllegalStateException.class, () -> cp.intern(7L));
        check(cp.emit().equals("pool[#1=main #2=42]") && cp.indexOf("main") == 1, "sealed but readable");

        for (int round = 0; round < 2; round++) {
            cp.reset();
            check(cp.size() == 0 && cp.emit().equals("pool[]"), "reset");
            expect(NoSuchElementException.class, () -> cp.indexOf(42));
        }

        cp.setVerbose(false);
        check(cp.intern(7L) == 1 && cp.emit().equals("pool[#1]"), "new pool");
        System.out.println("SE22ConstantPool ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
