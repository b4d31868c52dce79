package probe31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Symbol table of a toy compiler front end: a global scope plus one function scope at a time.
 * The local table exists only while inFunction is true; conditional expressions pick the scope.
 */
public final class I39SymbolTable {
    private final Map<String, Integer> globals = new LinkedHashMap<>();
    private HashMap<String, Integer> locals; // non-null iff inFunction
    private boolean inFunction;
    private String functionName;
    private int nextSlot;

    public void enterFunction(String name) {
        if (inFunction) {
            throw new IllegalStateException("nested function " + name + " inside " + functionName);
        }
        locals = new HashMap<>();
        functionName = name;
        nextSlot = 0;
        inFunction = true;
    }

    public int declare(String name) {
        if (inFunction ? locals.containsKey(name) : globals.containsKey(name)) {
            throw new IllegalArgumentException("redeclaration of " + name);
        }
        int slot = inFunction ? nextSlot++ : globals.size();
        (inFunction ? locals : globals).put(name, slot);
        return slot;
    }

    public String resolve(String name) {
        Integer local = inFunction ? locals.get(name) : null;
        if (local != null) {
            return "local#" + local;
        }
        Integer global = globals.get(name);
        if (global == null) {
            throw new IllegalArgumentException("undefined symbol " + name);
        }
        return "global#" + global;
    }

    public int exitFunction() {
        if (!inFunction) {
            throw new IllegalStateException("not inside a function");
        }
        int size = locals.size();
        inFunction = false;
        locals = null;
        functionName = null;
        return size;
    }

    public int localCount() {
        return inFunction ? locals.size() : 0;
    }

    public Optional<String> currentFunction() {
        return Optional.ofNullable(functionName);
    }

    /** Drives the table from a line-oriented mini language: "fn f", "var x", "use x", "end". */
    public List<String> compile(List<String> program) {
        List<String> out = new ArrayList<>();
        for (String line : program) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != (parts[0].equals("end") ? 1 : 2)) {
                throw new IllegalArgumentException("bad line: " + line);
            }
            switch (parts[0]) {
                case "fn" -> enterFunction(parts[1]);
                case "var" -> out.add(parts[1] + "@" + declare(parts[1]));
                case "use" -> out.add(parts[1] + "->" + resolve(parts[1]));
                case "end" -> out.add("end/" + exitFunction());
                default -> throw new IllegalArgumentException("bad line: " + line);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        I39SymbolTable table = new I39SymbolTable();
        if (table.localCount() != 0 || table.currentFunction().isPresent()) throw new AssertionError("global scope");
        try {
            table.exitFunction();
            throw new AssertionError("exit at global scope");
        } catch (IllegalStateException expected) {
            // not in function
        }
        List<String> out = table.compile(List.of("var x", "var y", "fn main", "var x", "use x", "use y", "end", "use x"));
        if (!out.equals(List.of("x@0", "y@1", "x@0", "x->local#0", "y->global#1", "end/1", "x->global#0"))) throw new AssertionError(out.toString());
        try {
            table.compile(List.of("var"));
            throw new AssertionError("malformed line");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        table.enterFunction("helper");
        try {
            table.enterFunction("inner");
            throw new AssertionError("nested function");
        } catch (IllegalStateException expected) {
            // not supported
        }
        table.declare("tmp");
        try {
            table.declare("tmp");
            throw new AssertionError("redeclaration");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        if (table.localCount() != 1 || !table.currentFunction().orElseThrow().equals("helper")) throw new AssertionError("helper");
        table.exitFunction();
        try {
            table.resolve("tmp");
            throw new AssertionError("local leaked");
        } catch (IllegalArgumentException expected) {
            // out of scope
        }
        System.out.println("I39 " + out + " globals x=" + table.resolve("x"));
    }
}
