package probe31;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Front end of a small compiler: a symbol table with globals, nested block
 * scopes, process-wide reserved names and shadowing diagnostics.
 */
public final class BF08Compiler {

    record Symbol(String name, int slot, boolean reserved) {}

    private static final List<String> RESERVED = new ArrayList<>();

    static void reserve(String name) {
        RESERVED.add(name);
    }

    private int nextSlot;
    private final int reservedSlots = reserveSlots();
    private final Map<String, Symbol> globals = new LinkedHashMap<>();
    private final Deque<Map<String, Symbol>> enclosing = new ArrayDeque<>();
    private final List<String> diagnostics = new ArrayList<>();
    private Map<String, Symbol> locals;
    private boolean warningsAsErrors;

    private int reserveSlots() {
        for (String name : RESERVED) {
            globals.put(name, new Symbol(name, nextSlot++, true));
        }
        return RESERVED.size();
    }

    void setWarningsAsErrors(boolean value) {
        warningsAsErrors = value;
    }

    void enterScope() {
        if (locals != null) {
            enclosing.push(locals);
        }
        locals = new HashMap<>();
    }

    void exitScope() {
        locals = enclosing.isEmpty() ? null : enclosing.pop();
    }

    Symbol declare(String name) {
        if (locals == null) {
            Symbol global = new Symbol(name, nextSlot++, false);
            globals.put(name, global);
            return global;
        }
        if (globals.containsKey(name)) {
            warn("'" + name + "' shadows a global");
        }
        Symbol local = new Symbol(name, nextSlot++, false);
        locals.put(name, local);
        return local;
    }

    /** Records a diagnostic; with -Werror the offending block is abandoned. */
    private void warn(String message) {
        diagnostics.add(message);
        if (warningsAsErrors) {
            exitScope();
        }
    }

    Symbol resolve(String name) {
        if (locals != null) {
            Symbol local = locals.get(name);
            if (local != null) {
                return local;
            }
        }
        for (Map<String, Symbol> scope : enclosing) {
            Symbol outer = scope.get(name);
            if (outer != null) {
                return outer;
            }
        }
        return globals.get(name);
    }

    int depth() {
        return locals == null ? 0 : enclosing.size() + 1;
    }

    public static void main(String[] args) {
        BF08Compiler compiler = new BF08Compiler();
        compiler.declare("x");
        compiler.enterScope();
        compiler.declare("y");
        compiler.declare("x");
        System.out.println("x=" + compiler.resolve("x") + " depth=" + compiler.depth()
                + " reserved=" + compiler.reservedSlots + " diagnostics=" + compiler.diagnostics);
        compiler.exitScope();
        System.out.println("after exit x=" + compiler.resolve("x") + " y=" + compiler.resolve("y"));
        BF08Compiler strict = new BF08Compiler();
        strict.setWarningsAsErrors(true);
        strict.declare("x");
        strict.enterScope();
        strict.enterScope();
        strict.declare("x");
        System.out.println("strict depth=" + strict.depth() + " diagnostics=" + strict.diagnostics);

        int proved = 0;
        proved += expect(36, () -> {
            BF08Compiler.reserve("this");
            try {
                new BF08Compiler();
            } finally {
                RESERVED.clear();
            }
        });
        proved += expect(66, () -> {
            BF08Compiler c = new BF08Compiler();
            c.setWarningsAsErrors(true);
            c.declare("x");
            c.enterScope();
            c.declare("x");
        });
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF08Compiler.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
