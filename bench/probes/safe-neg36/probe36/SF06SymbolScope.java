package probe36;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Symbol table of a single-pass compiler. The table of locals exists only while a function body is compiled;
 * uses go through an instanceof pattern, which is false for null.
 */
public final class SF06SymbolScope {
    private final Map<String, Integer> globals = new HashMap<>();
    private SortedMap<String, Integer> locals; // only between enterFunction() and exitFunction()
    private String function;
    private int nextSlot;

    public void declareGlobal(String name) {
        if (globals.putIfAbsent(name, globals.size()) != null) {
            throw new IllegalArgumentException("duplicate global " + name);
        }
    }

    public void enterFunction(String name) {
        if (function != null) {
            throw new IllegalStateException("function " + name + " nested inside " + function);
        }
        locals = new TreeMap<>();
        function = name;
        nextSlot = 0;
    }

    public int declareLocal(String name) {
        if (locals instanceof TreeMap<String, Integer> table) {
            if (table.containsKey(name)) {
                throw new IllegalArgumentException("duplicate local " + name + " in " + function);
            }
            table.put(name, nextSlot);
            return nextSlot++;
        }
        throw new IllegalStateException("local " + name + " declared outside a function");
    }

    public String resolve(String name) {
        if (locals instanceof TreeMap<String, Integer> table && table.containsKey(name)) {
            return "local#" + table.get(name);
        }
        Integer global = globals.get(name);
        if (global != null) {
            return "global#" + global;
        }
        throw new NoSuchElementException("unresolved symbol " + name);
    }

    public List<String> localsInOrder() {
        if (locals instanceof TreeMap<String, Integer> table) {
            return new ArrayList<>(table.keySet());
        }
        return List.of();
    }

    public void exitFunction() {
        if (function == null) {
            throw new IllegalStateException("not inside a function");
        }
        locals = null;
        function = null;
    }

    public static void main(String[] args) {
        SF06SymbolScope scope = new SF06SymbolScope();
        // Phase 1: top level, no locals table.
        scope.declareGlobal("out");
        scope.declareGlobal("err");
        expect(IllegalArgumentException.class, () -> scope.declareGlobal("out"));
        check(scope.resolve("err").equals("global#1"), "global resolves");
        check(scope.localsInOrder().isEmpty(), "no locals at top level");
        expect(IllegalStateException.class, () -> scope.declareLocal("x"));
        expect(NoSuchElementException.class, () -> scope.resolve("x"));
        expect(IllegalStateException.class, scope::exitFunction);
        // Phase 2: inside a function.
        scope.enterFunction("main");
        expect(IllegalStateException.class, () -> scope.enterFunction("inner"));
        check(scope.declareLocal("y") == 0 && scope.declareLocal("out") == 1, "slots");
        expect(IllegalArgumentException.class, () -> scope.declareLocal("y"));
        check(scope.resolve("out").equals("local#1"), "local shadows global");
        check(scope.localsInOrder().equals(List.of("out", "y")), "sorted locals");
        // Phase 3: left the function, twice (second function in between).
        scope.exitFunction();
        check(scope.resolve("out").equals("global#0"), "global visible again");
        expect(NoSuchElementException.class, () -> scope.resolve("y"));
        scope.enterFunction("helper");
        check(scope.declareLocal("tmp") == 0, "fresh slots in helper");
        scope.exitFunction();
        expect(IllegalStateException.class, () -> scope.declareLocal("tmp"));
        check(scope.localsInOrder().isEmpty(), "no locals after exit");
        expect(NoSuchElementException.class, () -> scope.resolve("tmp"));
        // Phase 4: a new function gets a new table.
        scope.enterFunction("last");
        check(scope.localsInOrder().isEmpty(), "new table is empty");
        check(scope.declareLocal("tmp") == 0, "tmp redeclared");
        check(scope.resolve("tmp").equals("local#0"), "tmp local again");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
