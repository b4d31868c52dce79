package probe38;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Name resolver of a compiler front end, written as a visitor with
 * enterBlock()/exitBlock(). {@code locals} (innermost scope) is non-null
 * exactly between a block's enter and its exit (exit is in a finally), and
 * declarations/references are only visited inside that window. Single-threaded.
 */
public final class SH36ScopeResolver {

    public sealed interface Node permits Block, Decl, Ref { }

    public record Block(List<Node> body) implements Node {
        public Block {
            if (body == null) {
                throw new IllegalArgumentException("block body");
            }
            for (Node n : body) {
                if (n == null) {
                    throw new IllegalArgumentException("null node in block");
                }
            }
            body = List.copyOf(body);
        }
    }

    public record Decl(String name) implements Node {
        public Decl {
            requireName(name);
        }
    }

    public record Ref(String name) implements Node {
        public Ref {
            requireName(name);
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name");
        }
    }

    private Map<String, Integer> locals; // innermost scope; null outside a walk
    private final Deque<Map<String, Integer>> enclosing = new ArrayDeque<>();
    private Consumer<String> trace = s -> { };

    public void onTrace(Consumer<String> listener) { trace = listener == null ? s -> { } : listener; }

    public List<String> resolve(Block program) {
        if (program == null) {
            throw new IllegalArgumentException("program");
        }
        if (locals != null) {
            throw new IllegalStateException("resolve() is not re-entrant");
        }
        List<String> out = new ArrayList<>();
        visitBlock(program, out);
        return out;
    }

    public int depth() { return locals == null ? 0 : enclosing.size() + 1; }

    private void visitBlock(Block block, List<String> out) {
        enterBlock();
        try {
            trace.accept("enter " + depth());
            for (Node n : block.body()) {
                if (n instanceof Block inner) {
                    visitBlock(inner, out);
                } else if (n instanceof Decl d) {
                    visitDecl(d);
                } else if (n instanceof Ref r) {
                    out.add(visitRef(r));
                }
            }
        } finally {
            exitBlock();
        }
    }

    private void enterBlock() {
        if (locals != null) {
            enclosing.push(locals);
        }
        locals = new HashMap<>();
    }

    private void exitBlock() {
        locals = enclosing.poll(); // null after the outermost block
    }

    private void visitDecl(Decl d) {
        if (locals.containsKey(d.name())) {
            throw new IllegalStateException("duplicate declaration of " + d.name());
        }
        locals.put(d.name(), locals.size());
        trace.accept("decl " + d.name());
    }

    private String visitRef(Ref r) {
        Integer slot = locals.get(r.name());
        if (slot != null) {
            return r.name() + "@0:" + slot;
        }
        int up = 1;
        for (Map<String, Integer> scope : enclosing) {
            Integer s = scope.get(r.name());
            if (s != null) {
                return r.name() + "@" + up + ":" + s;
            }
            up++;
        }
        return r.name() + "@unresolved";
    }

    public static void main(String[] args) {
        SH36ScopeResolver res = new SH36ScopeResolver();
        List<String> traced = new ArrayList<>();
        // phase 1: before the map exists
        check(res.depth() == 0, "no scope");
        expect(IllegalArgumentException.class, () -> res.resolve(null));
        expect(IllegalArgumentException.class, () -> new Block(java.util.Arrays.asList(new Ref("q"), null)));
        // phase 2: while it exists (trace listener observes it and tries to re-enter)
        res.onTrace(msg -> {
            traced.add(msg + "/" + res.depth());
            expect(IllegalStateException.class, () -> res.resolve(new Block(List.of())));
        });
        Block program = new Block(List.of(new Decl("x"), new Decl("y"),
                new Block(List.of(new Decl("x"), new Ref("x"), new Ref("y"), new Ref("z"))), new Ref("x")));
        check(res.resolve(program).equals(List.of("x@0:0", "y@1:1", "z@unresolved", "x@0:0")), "resolved");
        check(traced.contains("enter 2/2") && traced.contains("decl y/1"), "traced " + traced);
        // phase 3: after it is dropped (twice: normal exit, and exit through an exception)
        check(res.depth() == 0, "no scope after resolve");
        res.onTrace(null);
        Block bad = new Block(List.of(new Block(List.of(new Decl("a"), new Decl("a")))));
        expect(IllegalStateException.class, () -> res.resolve(bad));
        check(res.depth() == 0, "scopes unwound after failure");
        // phase 4: created again
        check(res.resolve(new Block(List.of(new Decl("k"), new Ref("k")))).equals(List.of("k@0:0")), "again");
        System.out.println("SH36ScopeResolver OK traced=" + traced.size());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
