package probe26;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Symbol table of a compiler front end. Most block scopes declare nothing, so each scope
 * allocates its symbol map only on the first declaration.
 */
public final class D23CompilerSymbolTable {

    public enum Kind { VAR, FUNC, TYPE }

    public record Symbol(String name, Kind kind, String type, int depth) {}

    private static final class Scope {
        final Scope parent;
        final int depth;
        Map<String, Symbol> symbols; // null until something is declared in this scope

        Scope(Scope parent) {
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        Symbol define(String name, Kind kind, String type) {
            if (symbols == null) {
                symbols = new LinkedHashMap<>();
            }
            Symbol s = new Symbol(name, kind, type, depth);
            return symbols.putIfAbsent(name, s) == null ? s : null;
        }

        Symbol local(String name) {
            return symbols == null ? null : symbols.get(name);
        }

        boolean declares(String name) {
            return symbols != null && symbols.containsKey(name);
        }
    }

    private Scope current = new Scope(null);
    private final List<String> diagnostics = new ArrayList<>();

    public void enterScope() {
        current = new Scope(current);
    }

    public void exitScope() {
        if (current.parent == null) {
            diagnostics.add("error: unbalanced scope exit");
            return;
        }
        current = current.parent;
    }

    public boolean declare(String name, Kind kind, String type) {
        if (current.define(name, kind, type) == null) {
            diagnostics.add("error: duplicate declaration of " + name + " at depth " + current.depth);
            return false;
        }
        if (isShadowing(name)) {
            diagnostics.add("warning: " + name + " shadows an outer declaration");
        }
        return true;
    }

    public Optional<Symbol> resolve(String name) {
        for (Scope s = current; s != null; s = s.parent) {
            Symbol sym = s.local(name);
            if (sym != null) {
                return Optional.of(sym);
            }
        }
        return Optional.empty();
    }

    public boolean isShadowing(String name) {
        if (!current.declares(name)) {
            return false;
        }
        for (Scope s = current.parent; s != null; s = s.parent) {
            if (s.symbols != null && s.symbols.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    public List<String> visibleNames() {
        List<String> names = new ArrayList<>();
        for (Scope s = current; s != null; s = s.parent) {
            if (s.symbols == null) {
                continue;
            }
            for (String n : s.symbols.keySet()) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    public int depth() {
        return current.depth;
    }

    public List<String> diagnostics() {
        return List.copyOf(diagnostics);
    }

    public static void main(String[] args) {
        D23CompilerSymbolTable table = new D23CompilerSymbolTable();
        System.out.println(table.resolve("x") + " " + table.visibleNames() + " " + table.isShadowing("x") + " " + table.depth());
        table.declare("main", Kind.FUNC, "()V");
        table.declare("x", Kind.VAR, "int");
        table.enterScope();
        table.enterScope();
        System.out.println(table.resolve("x").orElseThrow() + " " + table.isShadowing("x") + " " + table.visibleNames());
        table.declare("x", Kind.VAR, "long");
        table.declare("x", Kind.VAR, "long");
        table.declare("y", Kind.VAR, "String");
        System.out.println(table.resolve("x").orElseThrow() + " " + table.visibleNames() + " depth=" + table.depth());
        table.exitScope();
        table.exitScope();
        table.exitScope();
        System.out.println(table.resolve("y") + " " + table.diagnostics());
    }
}
