package probe32;

import java.util.HashMap;
import java.util.Map;

/**
 * Small recursive-descent interpreter for "x = 3; y = x * (x + 1); y - 2" scripts, similar to
 * the evaluators embedded in MVEL, SpEL or build-tool DSLs. Local bindings live in a field that
 * evaluate() sets at entry and clears in its finally block; the private statement/expression
 * methods that read it are reachable only from inside that window.
 */
public class SA34ExpressionEvaluator {

    private static final class Cursor {
        final String text;
        int pos;

        Cursor(String text) {
            this.text = text;
        }

        char peek() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            return pos < text.length() ? text.charAt(pos) : '\0';
        }
    }

    private final Map<String, Long> globals = new HashMap<>();
    private Map<String, Long> bindings; // non-null only while evaluate() is running
    private int lastBindingCount;

    public void defineGlobal(String name, long value) {
        globals.put(name, value);
    }

    public long evaluate(String program) {
        bindings = new HashMap<>(globals);
        try {
            long result = 0;
            for (String stmt : program.split(";")) {
                if (!stmt.isBlank()) {
                    result = statement(stmt.trim());
                }
            }
            lastBindingCount = bindings.size();
            return result;
        } finally {
            bindings = null;
        }
    }

    private long statement(String s) {
        int eq = s.indexOf('=');
        if (eq > 0) {
            long value = expression(new Cursor(s.substring(eq + 1)));
            bindings.put(s.substring(0, eq).trim(), value);
            return value;
        }
        return expression(new Cursor(s));
    }

    private long expression(Cursor c) {
        long value = term(c);
        for (char op = c.peek(); op == '+' || op == '-'; op = c.peek()) {
            c.pos++;
            long rhs = term(c);
            value = op == '+' ? value + rhs : value - rhs;
        }
        return value;
    }

    private long term(Cursor c) {
        long value = factor(c);
        for (char op = c.peek(); op == '*' || op == '/'; op = c.peek()) {
            c.pos++;
            long rhs = factor(c);
            value = op == '*' ? value * rhs : value / rhs;
        }
        return value;
    }

    private long factor(Cursor c) {
        char ch = c.peek();
        if (ch == '(') {
            c.pos++;
            long v = expression(c);
            if (c.peek() != ')') {
                throw new IllegalArgumentException("expected ')' at " + c.pos);
            }
            c.pos++;
            return v;
        }
        int start = c.pos;
        while (c.pos < c.text.length() && Character.isLetterOrDigit(c.text.charAt(c.pos))) {
            c.pos++;
        }
        String token = c.text.substring(start, c.pos);
        if (token.isEmpty()) {
            throw new IllegalArgumentException("unexpected '" + ch + "' at " + start);
        }
        if (Character.isDigit(token.charAt(0))) {
            return Long.parseLong(token);
        }
        Long bound = bindings.get(token);
        if (bound == null) {
            throw new IllegalArgumentException("unbound variable " + token);
        }
        return bound;
    }

    public int lastBindingCount() {
        return lastBindingCount;
    }

    public static void main(String[] args) {
        SA34ExpressionEvaluator ev = new SA34ExpressionEvaluator();
        System.out.println("empty program=" + ev.evaluate("  ; ") + " bindings=" + ev.lastBindingCount());
        ev.defineGlobal("base", 10);
        System.out.println("result=" + ev.evaluate("x = 3; y = x * (x + 1); y - 2 + base") + " bindings=" + ev.lastBindingCount());
        for (String bad : new String[] {"x + 1", "(1 + 2", "3 * ?", "1 / 0"}) {
            try {
                ev.evaluate(bad);
            } catch (IllegalArgumentException | ArithmeticException expected) {
                System.out.println("'" + bad + "' -> " + expected.getClass().getSimpleName() + ": " + expected.getMessage());
            }
        }
        System.out.println("after errors=" + ev.evaluate("base * 2") + " bindings=" + ev.lastBindingCount());
    }
}
