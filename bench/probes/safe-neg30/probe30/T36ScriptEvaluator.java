package probe30;

import java.util.HashMap;
import java.util.OptionalDouble;

/** Evaluates "name = expr; ..." scripts; hooks may inspect variables or run nested scripts. */
public final class T36ScriptEvaluator {
    @FunctionalInterface
    public interface AssignmentHook {
        void assigned(T36ScriptEvaluator evaluator, String name, double value);
    }

    private HashMap<String, Double> symbols; // shared by nested evaluations; exists exactly while depth > 0
    private int depth;

    public double evaluate(String script) {
        return evaluate(script, (ev, name, value) -> { });
    }

    public double evaluate(String script, AssignmentHook hook) {
        if (hook == null) throw new IllegalArgumentException("hook required");
        if (depth++ == 0) symbols = new HashMap<>();
        try {
            double last = Double.NaN;
            for (String raw : script.split(";")) {
                String stmt = raw.strip();
                if (stmt.isEmpty()) continue;
                int eq = stmt.indexOf('=');
                String name = eq > 0 ? stmt.substring(0, eq).strip() : "";
                if (!name.matches("[a-z]\\w*")) throw new IllegalArgumentException("expected assignment: " + stmt);
                double value = expression(stmt.substring(eq + 1));
                symbols.put(name, value);
                last = value;
                hook.assigned(this, name, value);
            }
            return last;
        } finally {
            if (--depth == 0) symbols = null;
        }
    }

    /** Left-to-right evaluation of "operand (op operand)*" with space separated tokens. */
    private double expression(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length % 2 == 0) throw new IllegalArgumentException("incomplete expression: " + text);
        double acc = operand(tokens[0]);
        for (int i = 1; i < tokens.length; i += 2) {
            double rhs = operand(tokens[i + 1]);
            acc = switch (tokens[i]) {
                case "+" -> acc + rhs;
                case "-" -> acc - rhs;
                case "*" -> acc * rhs;
                case "/" -> acc / rhs;
                default -> throw new IllegalArgumentException("unknown operator " + tokens[i]);
            };
        }
        return acc;
    }

    private double operand(String token) {
        if (token.matches("-?\\d+(\\.\\d+)?")) return Double.parseDouble(token);
        Double v = symbols.get(token);
        if (v == null) throw new IllegalArgumentException("undefined variable " + token);
        return v;
    }

    public OptionalDouble lookup(String name) {
        if (depth == 0) throw new IllegalStateException("no evaluation in progress");
        Double v = symbols.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public boolean isEvaluating() {
        return depth > 0;
    }

    public int depth() {
        return depth;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T36ScriptEvaluator ev = new T36ScriptEvaluator();
        assert !ev.isEvaluating() && ev.depth() == 0;
        expectFailure(() -> ev.lookup("a"));
        assert ev.evaluate("a = 2; b = a * 3 + 1") == 7.0;
        expectFailure(() -> ev.lookup("b")); // variables do not outlive the evaluation

        double[] seen = new double[2];
        double result = ev.evaluate("x = 4; y = x / 2", (inner, name, value) -> {
            assert inner.isEvaluating();
            if (name.equals("y")) {
                seen[0] = inner.lookup("x").getAsDouble();
                // nested script shares the outer variables
                seen[1] = inner.evaluate("z = x + y", (n2, nm, v) -> { assert n2.depth() == 2; });
                assert inner.lookup("z").getAsDouble() == 6.0 && inner.depth() == 1;
            }
        });
        assert result == 2.0 && seen[0] == 4.0 && seen[1] == 6.0;
        assert ev.depth() == 0;
        expectFailure(() -> ev.lookup("z"));

        expectFailure(() -> ev.evaluate("a = 1; b = a * q"));
        expectFailure(() -> ev.evaluate("a = 1 +"));
        expectFailure(() -> ev.evaluate("3 = a"));
        expectFailure(() -> ev.evaluate("a = 1 % 2"));
        expectFailure(() -> ev.evaluate("a = 1", null));
        expectFailure(() -> ev.evaluate("a = -5", (inner, name, value) -> {
            if (value < 0) throw new IllegalArgumentException("negative " + name);
        }));
        assert !ev.isEvaluating();
        expectFailure(() -> ev.lookup("a"));
        assert Double.isNaN(ev.evaluate(" ; "));
        System.out.println("T36 ok");
    }
}
