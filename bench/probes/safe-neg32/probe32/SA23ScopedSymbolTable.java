package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexical scope for a compiler front end (cf. javac's Scope or the Roslyn binder). Most scopes
 * (blocks, lambdas) declare nothing, so the declaration list and the by-name index are
 * allocated together on the first declare() and released together by discard(). Lookups test
 * the list and then use the index.
 */
public class SA23ScopedSymbolTable {

    public record Symbol(String name, String type, int slot) { }

    private final SA23ScopedSymbolTable parent;
    private final String scopeName;
    private List<Symbol> declarationOrder; // null <=> byName == null
    private Map<String, Symbol> byName;

    public SA23ScopedSymbolTable(SA23ScopedSymbolTable parent, String scopeName) {
        this.parent = parent;
        this.scopeName = scopeName;
    }

    public Symbol declare(String name, String type) {
        if (declarationOrder == null) {
            declarationOrder = new ArrayList<>();
            byName = new HashMap<>();
        }
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException(name + " is already defined in " + scopeName);
        }
        Symbol s = new Symbol(name, type, firstFreeSlot() + declarationOrder.size());
        declarationOrder.add(s);
        byName.put(name, s);
        return s;
    }

    private int firstFreeSlot() {
        return parent == null ? 0 : parent.firstFreeSlot() + parent.localCount();
    }

    public Symbol lookupLocal(String name) {
        if (declarationOrder == null) {
            return null;
        }
        return byName.get(name);
    }

    public Symbol lookup(String name) {
        for (SA23ScopedSymbolTable s = this; s != null; s = s.parent) {
            Symbol found = s.lookupLocal(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public int localCount() {
        return declarationOrder == null ? 0 : declarationOrder.size();
    }

    public boolean shadowsOuter() {
        if (declarationOrder == null || parent == null) {
            return false;
        }
        for (String n : byName.keySet()) {
            if (parent.lookup(n) != null) {
                return true;
            }
        }
        return false;
    }

    public void discard() {
        declarationOrder = null;
        byName = null;
    }

    public static void main(String[] args) {
        SA23ScopedSymbolTable method = new SA23ScopedSymbolTable(null, "method main");
        SA23ScopedSymbolTable block = new SA23ScopedSymbolTable(method, "for-block");
        System.out.println("empty: " + block.lookup("i") + " local=" + block.lookupLocal("i")
                + " count=" + block.localCount() + " shadows=" + block.shadowsOuter());
        method.declare("args", "String[]");
        method.declare("total", "int");
        System.out.println("block declares " + block.declare("i", "int") + " and " + block.declare("total", "long"));
        System.out.println("lookup total -> " + block.lookup("total") + " args -> " + block.lookup("args")
                + " shadows=" + block.shadowsOuter() + " method shadows=" + method.shadowsOuter());
        try {
            block.declare("i", "int");
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
        block.discard();
        block.discard();
        System.out.println("discarded: " + block.lookupLocal("i") + " lookup total -> " + block.lookup("total")
                + " shadows=" + block.shadowsOuter());
        System.out.println("re-declared " + block.declare("j", "int"));
    }
}
