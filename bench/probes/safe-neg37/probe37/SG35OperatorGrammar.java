package probe37;

import java.util.HashMap;
import java.util.Map;

/**
 * Expression-parser framework. The base class's final build() allocates an operator table, then
 * calls the subclass hook defineOperators(), which fills it through operator(); afterwards the
 * table is frozen into a Grammar and the field is dropped. The hook and operator() are only
 * reached from build(); both classes are private, so nothing outside this file can call them.
 */
public class SG35OperatorGrammar {

    /** Immutable result: evaluates space-separated integer infix expressions by precedence climbing. */
    static final class Grammar {
        private final Map<String, Integer> precedence;

        Grammar(Map<String, Integer> precedence) {
            if (precedence == null || precedence.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
                throw new IllegalArgumentException("operator table required, without null entries");
            }
            this.precedence = Map.copyOf(precedence);
        }

        public long evaluate(String expression) {
            if (expression == null || expression.isBlank()) {
                throw new IllegalArgumentException("empty expression");
            }
            String[] tokens = expression.trim().split("\\s+");
            int[] pos = {0};
            long value = parse(tokens, pos, 0);
            if (pos[0] != tokens.length) {
                throw new IllegalArgumentException("trailing input at token " + pos[0]);
            }
            return value;
        }

        private long parse(String[] tokens, int[] pos, int minPrecedence) {
            long left = operand(tokens, pos);
            while (pos[0] < tokens.length) {
                Integer prec = precedence.get(tokens[pos[0]]);
                if (prec == null) {
                    throw new IllegalArgumentException("unknown operator " + tokens[pos[0]]);
                }
                if (prec < minPrecedence) {
                    break;
                }
                String op = tokens[pos[0]++];
                long right = parse(tokens, pos, prec + 1);
                left = apply(op, left, right);
            }
            return left;
        }

        private static long operand(String[] tokens, int[] pos) {
            if (pos[0] >= tokens.length) {
                throw new IllegalArgumentException("missing operand");
            }
            try {
                return Long.parseLong(tokens[pos[0]++]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + tokens[pos[0] - 1], e);
            }
        }

        private static long apply(String op, long a, long b) {
            return switch (op) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "&" -> a & b;
                case "|" -> a | b;
                default -> throw new UnsupportedOperationException("operator " + op + " has no semantics");
            };
        }
    }

    private abstract static class GrammarBuilder {
        private HashMap<String, Integer> table; // exists only while build() runs defineOperators()

        public final Grammar build() {
            table = new HashMap<>();
            defineOperators();
            Grammar grammar = new Grammar(table);
            table = null;
            return grammar;
        }

        protected final void operator(String symbol, int precedence) {
            if (symbol == null || precedence < 1 || table.putIfAbsent(symbol, precedence) != null) {
                throw new IllegalArgumentException("bad or duplicate operator " + symbol);
            }
        }

        /** Hook: register operators via operator(); called only by build(). */
        protected abstract void defineOperators();
    }

    private static final class ArithmeticGrammar extends GrammarBuilder {
        @Override
        protected void defineOperators() {
            operator("+", 1);
            operator("-", 1);
            operator("*", 2);
        }
    }

    private static final class BrokenGrammar extends GrammarBuilder {
        @Override
        protected void defineOperators() {
            operator("|", 1);
            operator("|", 2); // duplicate: throws halfway through the hook
        }
    }

    public static void main(String[] args) {
        GrammarBuilder arithmetic = new ArithmeticGrammar();
        GrammarBuilder broken = new BrokenGrammar();

        // Phase 1: before the map exists: a broken hook fails, leaving nothing usable.
        expect(IllegalArgumentException.class, broken::build);

        // Phase 2: while it exists (inside build) and the frozen result.
        Grammar g = arithmetic.build();
        check(g.evaluate("2 + 3 * 4") == 14 && g.evaluate("10 - 2 - 3") == 5, "precedence and associativity");
        expect(IllegalArgumentException.class, () -> g.evaluate("2 ^ 3"));
        expect(IllegalArgumentException.class, () -> g.evaluate("2 +"));
        expect(IllegalArgumentException.class, () -> g.evaluate(" "));

        // Phase 3: after it has been dropped; building twice more (one failing) is fine.
        expect(IllegalArgumentException.class, broken::build);
        expect(IllegalArgumentException.class, () -> new Grammar(Map.of("&", 1)).evaluate("x & 1"));
        expect(UnsupportedOperationException.class, () -> new Grammar(Map.of("^", 1)).evaluate("1 ^ 1"));

        // Phase 4: after it has been created again.
        Grammar again = arithmetic.build();
        check(again != g && again.evaluate("7 * 6") == 42 && g.evaluate("1 + 1") == 2, "rebuilt grammar");
        System.out.println("SG35OperatorGrammar ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
