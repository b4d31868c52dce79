package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tree-walking interpreter of a tiny expression language with global variables and
 * user-defined functions. The local-variable frame exists only while a call executes;
 * at top level it is null, and try/finally restores the caller's frame.
 */
public final class D09ExpressionInterpreter {

    public interface Expr {}

    public record Num(int value) implements Expr {}

    public record Var(String name) implements Expr {}

    public record Add(Expr left, Expr right) implements Expr {}

    public record Mul(Expr left, Expr right) implements Expr {}

    public record Call(String function, List<Expr> args) implements Expr {}

    public record Function(List<String> params, Expr body) {}

    private final Map<String, Integer> globals = new HashMap<>();
    private final Map<String, Function> functions = new HashMap<>();
    private Map<String, Integer> locals; // current call frame; null at top level
    private int maxDepthSeen;
    private int depth;

    public void define(String name, List<String> params, Expr body) {
        functions.put(name, new Function(List.copyOf(params), body));
    }

    public void setGlobal(String name, int value) {
        globals.put(name, value);
    }

    public int eval(Expr e) {
        if (e instanceof Num n) {
            return n.value();
        } else if (e instanceof Var v) {
            return lookup(v.name());
        } else if (e instanceof Add a) {
            return eval(a.left()) + eval(a.right());
        } else if (e instanceof Mul m) {
            return eval(m.left()) * eval(m.right());
        } else if (e instanceof Call c) {
            return call(c);
        }
        throw new IllegalArgumentException("unknown node " + e);
    }

    private int lookup(String name) {
        if (locals != null && locals.containsKey(name)) {
            return locals.get(name);
        }
        Integer g = globals.get(name);
        if (g == null) {
            throw new IllegalArgumentException("unbound variable " + name);
        }
        return g;
    }

    private int call(Call c) {
        Function f = functions.get(c.function());
        if (f == null || f.params().size() != c.args().size()) {
            throw new IllegalArgumentException("bad call " + c.function());
        }
        List<Integer> values = new ArrayList<>();
        for (Expr arg : c.args()) {
            values.add(eval(arg)); // evaluated in the caller's frame
        }
        Map<String, Integer> frame = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            frame.put(f.params().get(i), values.get(i));
        }
        Map<String, Integer> saved = locals;
        locals = frame;
        depth++;
        maxDepthSeen = Math.max(maxDepthSeen, depth);
        try {
            return eval(f.body());
        } finally {
            depth--;
            locals = saved;
        }
    }

    public boolean atTopLevel() {
        return locals == null;
    }

    public Map<String, Integer> visibleLocals() {
        return locals == null ? Map.of() : Map.copyOf(locals);
    }

    public int maxDepthSeen() {
        return maxDepthSeen;
    }

    public static void main(String[] args) {
        D09ExpressionInterpreter in = new D09ExpressionInterpreter();
        in.setGlobal("x", 7);
        System.out.println(in.atTopLevel() + " " + in.visibleLocals() + " " + in.eval(new Add(new Var("x"), new Num(3))));
        in.define("sq", List.of("n"), new Mul(new Var("n"), new Var("n")));
        in.define("sumsq", List.of("a", "b"),
                new Add(new Call("sq", List.of(new Var("a"))), new Call("sq", List.of(new Var("b")))));
        in.define("shift", List.of("n"), new Add(new Var("n"), new Var("x")));
        System.out.println(in.eval(new Call("sumsq", List.of(new Num(3), new Var("x")))));
        System.out.println(in.eval(new Call("shift", List.of(new Call("sq", List.of(new Num(2)))))));
        System.out.println(in.atTopLevel() + " " + in.visibleLocals() + " depth=" + in.maxDepthSeen());
    }
}
