package probe36;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Variable context of an expression-language evaluator. Access to the variable map goes through
 * function-object fields: bind() creates the map and, in the same method, replaces the accessors with method
 * references bound to that map instance (the receiver is evaluated once, while it is non-null); unbind()
 * swaps the accessors back to "unbound" implementations before dropping the map. Public methods only call
 * the accessors, never the map field.
 */
public final class SF32ExpressionContext {
    private static final Function<String, String> UNBOUND_READER = name -> {
        throw new IllegalStateException("no variables bound (reading " + name + ")");
    };
    private static final BiConsumer<String, String> UNBOUND_WRITER = (name, value) -> {
        throw new IllegalStateException("no variables bound (writing " + name + ")");
    };
    private static final IntSupplier UNBOUND_SIZE = () -> 0;

    private HashMap<String, String> variables; // owned map; null while unbound
    private Function<String, String> reader = UNBOUND_READER;
    private BiConsumer<String, String> writer = UNBOUND_WRITER;
    private IntSupplier size = UNBOUND_SIZE;

    public void bind(Map<String, String> initial) {
        variables = new HashMap<>(initial);
        reader = variables::get;
        writer = variables::put;
        size = variables::size;
    }

    public void unbind() {
        reader = UNBOUND_READER;
        writer = UNBOUND_WRITER;
        size = UNBOUND_SIZE;
        variables = null;
    }

    /** Evaluates a concatenation such as  greeting + ', ' + name . */
    public String evaluate(String expression) {
        StringBuilder out = new StringBuilder();
        for (String part : expression.split("\\+")) {
            String term = part.strip();
            if (term.length() >= 2 && term.startsWith("'") && term.endsWith("'")) {
                out.append(term, 1, term.length() - 1);
            } else {
                String value = reader.apply(term);
                if (value == null) {
                    throw new NoSuchElementException("undefined variable " + term);
                }
                out.append(value);
            }
        }
        return out.toString();
    }

    public void assign(String name, String value) {
        if (!name.matches("[a-z]\\w*")) {
            throw new IllegalArgumentException("bad variable name " + name);
        }
        writer.accept(name, value);
    }

    public int variableCount() {
        return size.getAsInt();
    }

    public static void main(String[] args) {
        SF32ExpressionContext ctx = new SF32ExpressionContext();
        // Phase 1: unbound.
        check(ctx.evaluate("'a' + 'b'").equals("ab"), "literals need no variables");
        expect(IllegalStateException.class, () -> ctx.evaluate("name"));
        expect(IllegalStateException.class, () -> ctx.assign("name", "x"));
        check(ctx.variableCount() == 0, "no variables while unbound");
        // Phase 2: bound.
        ctx.bind(Map.of("greeting", "Hello"));
        ctx.assign("name", "Ada");
        check(ctx.evaluate("greeting + ', ' + name").equals("Hello, Ada"), "evaluate");
        check(ctx.variableCount() == 2, "two variables");
        expect(NoSuchElementException.class, () -> ctx.evaluate("missing"));
        expect(IllegalArgumentException.class, () -> ctx.assign("Bad Name", "x"));
        // Phase 3: unbound, twice.
        for (int round = 0; round < 2; round++) {
            ctx.unbind();
            check(ctx.variableCount() == 0, "count after unbind");
            expect(IllegalStateException.class, () -> ctx.evaluate("greeting"));
            expect(IllegalStateException.class, () -> ctx.assign("name", "Bob"));
        }
        // Phase 4: bound again to a new map; rebinding replaces the previous map.
        ctx.bind(Map.of("name", "Grace"));
        ctx.bind(Map.of("name", "Linus", "x", "1"));
        check(ctx.evaluate("name + x").equals("Linus1") && ctx.variableCount() == 2, "rebound");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
