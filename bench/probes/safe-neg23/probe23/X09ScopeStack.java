package probe23;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Variable scopes of a small expression interpreter. {@code current} is the innermost scope; the
 * enclosing ones sit on a deque. Popping the outermost scope leaves {@code current} null, because
 * {@link Deque#pollFirst()} returns null on an empty deque. Not thread-safe.
 */
public final class X09ScopeStack {

    private final Deque<Map<String, Object>> enclosing = new ArrayDeque<>();
    private Map<String, Object> current;

    public void pushScope() {
        if (current != null) {
            enclosing.push(current);
        }
        current = new HashMap<>();
    }

    /** Closes the innermost scope; returns false if no scope was open. */
    public boolean popScope() {
        if (current == null) {
            return false;
        }
        current = enclosing.pollFirst();
        return true;
    }

    /** Defines a variable in the innermost scope, opening a global scope on demand. */
    public void define(String name, Object value) {
        if (current == null) {
            current = new HashMap<>();
        }
        current.put(name, value);
    }

    public boolean isDefined(String name) {
        if (current == null) {
            return false;
        }
        if (current.containsKey(name)) {
            return true;
        }
        for (Map<String, Object> scope : enclosing) {
            if (scope.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the innermost binding of the name, or null if it is undefined. */
    public Object lookup(String name) {
        if (current != null && current.containsKey(name)) {
            return current.get(name);
        }
        for (Map<String, Object> scope : enclosing) {
            if (scope.containsKey(name)) {
                return scope.get(name);
            }
        }
        return null;
    }

    /** Rebinds the innermost existing definition; returns false if there is none. */
    public boolean assign(String name, Object value) {
        if (current == null) {
            return false;
        }
        if (current.containsKey(name)) {
            current.put(name, value);
            return true;
        }
        for (Map<String, Object> scope : enclosing) {
            if (scope.containsKey(name)) {
                scope.put(name, value);
                return true;
            }
        }
        return false;
    }

    public int depth() {
        return current == null ? 0 : enclosing.size() + 1;
    }

    public static void main(String[] args) {
        X09ScopeStack scopes = new X09ScopeStack();
        System.out.println("empty: depth=" + scopes.depth() + " x=" + scopes.lookup("x")
                + " assign=" + scopes.assign("x", 1) + " pop=" + scopes.popScope());
        scopes.define("x", 1);
        scopes.pushScope();
        scopes.define("y", 2);
        scopes.pushScope();
        scopes.define("x", 10);
        System.out.println("inner: depth=" + scopes.depth() + " x=" + scopes.lookup("x") + " y=" + scopes.lookup("y"));
        scopes.assign("y", 20);
        scopes.popScope();
        System.out.println("middle: x=" + scopes.lookup("x") + " y=" + scopes.lookup("y"));
        scopes.popScope();
        System.out.println("global: y defined=" + scopes.isDefined("y") + " x=" + scopes.lookup("x"));
        scopes.popScope();
        System.out.println("closed: depth=" + scopes.depth() + " x defined=" + scopes.isDefined("x")
                + " pop again=" + scopes.popScope());
        scopes.define("z", 3);
        System.out.println("reopened: depth=" + scopes.depth() + " z=" + scopes.lookup("z"));
    }
}
