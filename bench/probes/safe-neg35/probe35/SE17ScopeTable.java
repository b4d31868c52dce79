package probe35;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Local-variable slot allocator of a toy bytecode compiler. One function body is
 * compiled at a time; the function name and the slot table are always assigned in
 * the same statements, and every method tests the name, not the table.
 */
public class SE17ScopeTable {
    private String functionName;         // non-null exactly while a body is compiled
    private Map<String, Integer> locals; // assigned together with functionName
    private int maxSlots;
    private final List<String> compiled = new ArrayList<>();

    public void enterFunction(String name) {
        if (functionName != null) {
            throw new IllegalStateException("nested function " + name + " inside " + functionName);
        }
        functionName = name;
        locals = new LinkedHashMap<>();
    }

    public int declare(String variable) {
        if (functionName == null) {
            throw new IllegalStateException("declaration of " + variable + " outside a function");
        }
        if (locals.containsKey(variable)) {
            throw new IllegalArgumentException("duplicate local " + variable + " in " + functionName);
        }
        int slot = locals.size();
        locals.put(variable, slot);
        maxSlots = Math.max(maxSlots, locals.size());
        return slot;
    }

    public int slotOf(String variable) {
        if (functionName == null) {
            throw new NoSuchElementException("no scope for " + variable);
        }
        Integer slot = locals.get(variable);
        if (slot == null) {
            throw new NoSuchElementException("unresolved " + variable + " in " + functionName);
        }
        return slot;
    }

    public String currentFunction() {
        return functionName == null ? "<toplevel>" : functionName + "/" + locals.size();
    }

    public String exitFunction() {
        if (functionName == null) {
            throw new IllegalStateException("not inside a function");
        }
        String signature = functionName + locals.keySet();
        functionName = null;
        locals = null;
        compiled.add(signature);
        return signature;
    }

    public static void main(String[] args) {
        SE17ScopeTable table = new SE17ScopeTable();
        check(table.currentFunction().equals("<toplevel>"), "toplevel");
        expect(IllegalStateException.class, () -> table.declare("x"));
        expect(NoSuchElementException.class, () -> table.slotOf("x"));
        expect(IllegalStateException.class, table::exitFunction);

        table.enterFunction("main");
        expect(IllegalStateException.class, () -> table.enterFunction("inner"));
        check(table.declare("args") == 0 && table.declare("i") == 1, "slots");
        expect(IllegalArgumentException.class, () -> table.declare("i"));
        check(table.slotOf("i") == 1 && table.currentFunction().equals("main/2"), "resolve");
        expect(NoSuchElementException.class, () -> table.slotOf("j"));
        check(table.exitFunction().equals("main[args, i]"), "signature");

        for (int round = 0; round < 2; round++) {
            check(table.currentFunction().equals("<toplevel>"), "left function");
            expect(NoSuchElementException.class, () -> table.slotOf("args"));
            expect(IllegalStateException.class, () -> table.declare("tmp"));
            table.enterFunction("helper" + round);
            table.declare("n");
            table.exitFunction();
        }

        table.enterFunction("square");
        check(table.declare("x") == 0 && table.slotOf("x") == 0, "new scope");
        table.exitFunction();
        check(table.compiled.size() == 4 && table.maxSlots == 2, "bookkeeping");
        System.out.println("SE17ScopeTable ok");
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
