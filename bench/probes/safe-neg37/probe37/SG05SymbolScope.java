package probe37;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compiler block scope. A scope only allocates its symbol table when the first local is
 * declared and releases it when the block is exited; every access is a ternary on the field.
 */
public class SG05SymbolScope {

    record Symbol(String name, String type, int slot) { }

    static final class Scope {
        private final Scope parent;
        private SortedMap<String, Symbol> symbols; // null until first declare, null after release()
        private int nextSlot;

        Scope(Scope parent) {
            this.parent = parent;
            this.nextSlot = parent == null ? 0 : parent.nextSlot;
        }

        public Symbol declare(String name, String type) {
            if (name == null || name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
                throw new IllegalArgumentException("bad identifier " + name);
            }
            symbols = symbols == null ? new TreeMap<>() : symbols;
            if (symbols.containsKey(name)) {
                throw new IllegalArgumentException(name + " already defined in this scope");
            }
            Symbol s = new Symbol(name, type, nextSlot++);
            symbols.put(name, s);
            return s;
        }

        public Optional<Symbol> lookupLocal(String name) {
            if (name == null) {
                throw new IllegalArgumentException("null name");
            }
            return symbols == null ? Optional.empty() : Optional.ofNullable(symbols.get(name));
        }

        public Optional<Symbol> resolve(String name) {
            Optional<Symbol> local = lookupLocal(name);
            return local.isPresent() || parent == null ? local : parent.resolve(name);
        }

        public int slotOf(String name) {
            return resolve(name).orElseThrow(() -> new NoSuchElementException("cannot find symbol " + name)).slot();
        }

        public int localCount() {
            return symbols == null ? 0 : symbols.size();
        }

        public List<String> localNames() {
            return symbols == null ? List.of() : List.copyOf(symbols.keySet());
        }

        /** Called when the block is exited; safe to call more than once. */
        public void release() {
            nextSlot = symbols == null ? nextSlot : nextSlot - symbols.size();
            symbols = null;
        }
    }

    public static void main(String[] args) {
        Scope method = new Scope(null);
        Scope block = new Scope(method);

        // Phase 1: before the map exists.
        check(block.localCount() == 0 && block.localNames().isEmpty(), "empty scope");
        check(block.resolve("x").isEmpty(), "nothing resolves");
        expect(NoSuchElementException.class, () -> block.slotOf("x"));
        expect(IllegalArgumentException.class, () -> block.declare("1x", "int"));
        expect(IllegalArgumentException.class, () -> block.declare("", "int"));
        expect(IllegalArgumentException.class, () -> block.resolve(null));

        // Phase 2: while it exists.
        method.declare("args", "String[]");
        Scope inner = new Scope(method);
        inner.declare("i", "int");
        inner.declare("sum", "long");
        expect(IllegalArgumentException.class, () -> inner.declare("i", "int"));
        check(inner.slotOf("args") == 0 && inner.slotOf("i") == 1 && inner.slotOf("sum") == 2, "slots");
        check(inner.localNames().equals(List.of("i", "sum")), "sorted local names");
        check(inner.lookupLocal("args").isEmpty(), "args is not local to the block");

        // Phase 3: after it has been dropped (twice).
        inner.release();
        inner.release();
        check(inner.localCount() == 0 && inner.resolve("i").isEmpty(), "released");
        check(inner.slotOf("args") == 0, "outer symbols still resolve");
        expect(NoSuchElementException.class, () -> inner.slotOf("sum"));

        // Phase 4: after it has been created again.
        Symbol j = inner.declare("j", "int");
        check(j.slot() == 1 && inner.localCount() == 1, "slot reused after release");
        check(inner.resolve("j").orElseThrow().type().equals("int"), "j resolves");
        System.out.println("SG05SymbolScope ok");
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
