package probe27;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Compiler symbol table with nested scopes. Invariant: {@code bindings} is non-null exactly when at least
 * one scope is open, i.e. when {@code scopeNames} is non-empty; methods test the deque, never the map.
 */
public final class F40SymbolTable {
    private final Deque<String> scopeNames = new ArrayDeque<>();
    private final Deque<List<String>> declaredPerScope = new ArrayDeque<>();
    private Map<String, Deque<Integer>> bindings; // name -> slots, innermost first; null iff no scope is open
    private int nextSlot;

    public void enterScope(String name) {
        if (scopeNames.isEmpty()) {
            bindings = new HashMap<>();
            nextSlot = 0;
        }
        scopeNames.push(name);
        declaredPerScope.push(new ArrayList<>());
    }

    public void exitScope() {
        if (scopeNames.isEmpty()) throw new IllegalStateException("no scope to exit");
        scopeNames.pop();
        for (String var : declaredPerScope.pop()) {
            Deque<Integer> slots = bindings.get(var);
            slots.pop();
            if (slots.isEmpty()) bindings.remove(var);
        }
        if (scopeNames.isEmpty()) bindings = null;
    }

    public int declare(String var) {
        if (scopeNames.isEmpty()) throw new IllegalStateException("declaration outside any scope: " + var);
        List<String> current = declaredPerScope.peek();
        if (current == null || current.contains(var)) throw new IllegalArgumentException("already declared: " + var);
        current.add(var);
        int slot = nextSlot++;
        bindings.computeIfAbsent(var, k -> new ArrayDeque<>()).push(slot);
        return slot;
    }

    public OptionalInt lookup(String var) {
        if (scopeNames.isEmpty()) return OptionalInt.empty();
        Deque<Integer> slots = bindings.get(var);
        return slots == null ? OptionalInt.empty() : OptionalInt.of(slots.peek());
    }

    public boolean isShadowing(String var) {
        return !scopeNames.isEmpty() && bindings.containsKey(var) && bindings.get(var).size() > 1;
    }

    public int visibleNames() { return scopeNames.isEmpty() ? 0 : bindings.size(); }

    public int depth() { return scopeNames.size(); }

    public String currentScope() { return scopeNames.isEmpty() ? "<global>" : scopeNames.peek(); }

    public static void main(String[] args) {
        F40SymbolTable st = new F40SymbolTable();
        assert st.lookup("x").isEmpty() && st.visibleNames() == 0 && !st.isShadowing("x");
        assert st.currentScope().equals("<global>") && st.depth() == 0;
        boolean outside = false;
        try { st.declare("x"); } catch (IllegalStateException expected) { outside = true; }
        assert outside;
        boolean underflow = false;
        try { st.exitScope(); } catch (IllegalStateException expected) { underflow = true; }
        assert underflow;

        st.enterScope("method main");
        assert st.declare("args") == 0 && st.declare("x") == 1;
        st.enterScope("for");
        assert st.declare("x") == 2 && st.declare("i") == 3;
        assert st.lookup("x").getAsInt() == 2 && st.isShadowing("x") && !st.isShadowing("i");
        assert st.visibleNames() == 3 && st.currentScope().equals("for") && st.depth() == 2;
        boolean dup = false;
        try { st.declare("i"); } catch (IllegalArgumentException expected) { dup = true; }
        assert dup;
        st.exitScope();
        assert st.lookup("x").getAsInt() == 1 && st.lookup("i").isEmpty() && !st.isShadowing("x");
        st.exitScope();
        assert st.depth() == 0 && st.lookup("args").isEmpty() && st.visibleNames() == 0;

        st.enterScope("method other");
        assert st.declare("args") == 0 && st.lookup("args").getAsInt() == 0;
        st.exitScope();
        System.out.println("F40 ok");
    }
}
