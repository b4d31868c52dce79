package probe37;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Tiny template engine: "${name}" substitutes a variable, "${fn(name)}" applies a helper to it.
 * The variable bindings live in a field that is only non-null while render() is on the stack;
 * render() saves the previous value and restores it in a finally block, so re-entrant renders
 * from helpers and exceptions thrown halfway both leave the field exactly as it was.
 */
public class SG29TemplateRenderer {

    static final class Renderer {
        private HashMap<String, String> bindings; // non-null only while render() is executing
        private final Map<String, Function<String, String>> helpers = new HashMap<>();

        public synchronized void helper(String name, Function<String, String> fn) {
            if (name == null || fn == null) {
                throw new IllegalArgumentException("helper name and function required");
            }
            helpers.put(name, fn);
        }

        public synchronized String render(String template, Map<String, String> vars) {
            if (template == null || vars == null) {
                throw new IllegalArgumentException("template and variables required");
            }
            HashMap<String, String> saved = bindings;
            bindings = new HashMap<>(vars);
            try {
                return expand(template);
            } finally {
                bindings = saved;
            }
        }

        public synchronized boolean isRendering() {
            return bindings != null;
        }

        private String expand(String template) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int start = template.indexOf("${", i);
                if (start < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                int end = template.indexOf('}', start);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed placeholder at " + start);
                }
                out.append(template, i, start);
                out.append(evaluate(template.substring(start + 2, end).strip()));
                i = end + 1;
            }
            return out.toString();
        }

        private String evaluate(String expression) {
            int paren = expression.indexOf('(');
            if (paren < 0) {
                return variable(expression);
            }
            Function<String, String> fn = helpers.get(expression.substring(0, paren));
            if (fn == null || !expression.endsWith(")")) {
                throw new IllegalArgumentException("bad helper call " + expression);
            }
            String argName = expression.substring(paren + 1, expression.length() - 1);
            String result = fn.apply(variable(argName)); // may call render() re-entrantly
            // A helper returning null falls back to the raw value, read again after the helper ran.
            return result != null ? result : variable(argName);
        }

        private String variable(String name) {
            String value = bindings.get(name);
            if (value == null) {
                throw new NoSuchElementException("unbound variable " + name);
            }
            return value;
        }
    }

    public static void main(String[] args) {
        Renderer renderer = new Renderer();
        renderer.helper("upper", s -> s.toUpperCase(Locale.ROOT));
        renderer.helper("card", name -> renderer.render("[${who}]", Map.of("who", name)));
        renderer.helper("audit", name -> renderer.render("${upper(who)}", Map.of("who", name)).isEmpty() ? "" : null);
        renderer.helper("broken", name -> renderer.render("${missing}", Map.of()));

        // Phase 1: before the map exists.
        check(!renderer.isRendering(), "idle");
        expect(IllegalArgumentException.class, () -> renderer.render(null, Map.of()));
        check(!renderer.isRendering(), "still idle");

        // Phase 2: while it exists (including a re-entrant render from a helper).
        Map<String, String> vars = Map.of("user", "ada");
        check(renderer.render("Hi ${upper(user)}!", vars).equals("Hi ADA!"), "upper helper");
        check(renderer.render("${card(user)} / ${user}", vars).equals("[ada] / ada"), "nested render");
        check(renderer.render("<${audit(user)}>", vars).equals("<ada>"), "fallback after nested render");
        check(!renderer.isRendering(), "bindings restored to null after render");

        // Phase 3: after it has been dropped; two renders fail halfway and must restore the field.
        expect(NoSuchElementException.class, () -> renderer.render("${user} ${nobody}", vars));
        expect(NoSuchElementException.class, () -> renderer.render("${broken(user)}", vars));
        expect(IllegalArgumentException.class, () -> renderer.render("${user", vars));
        check(!renderer.isRendering(), "restored after failures");

        // Phase 4: after it has been created again.
        check(renderer.render("plain text", Map.of()).equals("plain text"), "no placeholders");
        check(renderer.render("${user}-${upper(user)}", vars).equals("ada-ADA"), "works again");
        System.out.println("SG29TemplateRenderer ok");
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
