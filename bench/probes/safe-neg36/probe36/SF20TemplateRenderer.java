package probe36;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Mustache-like template renderer. The variable scope exists only while render() is on the stack:
 * render() installs it and restores the previous one in a finally block, and only private helpers
 * called inside that bracket read it. Helpers may call render() re-entrantly.
 */
public final class SF20TemplateRenderer {
    private static final int MAX_NESTING = 16;

    private final Map<String, String> partials = new HashMap<>();
    private final Map<String, Function<String, String>> helpers = new HashMap<>();
    private HashMap<String, String> scope; // only non-null while render() is executing
    private int depth;

    public void registerPartial(String name, String body) {
        partials.put(name, body);
    }

    public void registerHelper(String name, Function<String, String> helper) {
        helpers.put(name, helper);
    }

    public boolean isRendering() {
        return depth > 0;
    }

    public String render(String template, Map<String, String> variables) {
        if (depth >= MAX_NESTING) {
            throw new IllegalStateException("templates nested too deeply");
        }
        HashMap<String, String> saved = scope;
        scope = new HashMap<>(variables);
        depth++;
        try {
            return expand(template, 0);
        } finally {
            depth--;
            scope = saved;
        }
    }

    private String expand(String template, int nesting) {
        if (nesting > MAX_NESTING) {
            throw new IllegalStateException("partials nested too deeply");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                return out.append(template, i, template.length()).toString();
            }
            int close = template.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("unterminated tag at " + open);
            }
            out.append(template, i, open).append(resolveTag(template.substring(open + 2, close).strip(), nesting));
            i = close + 2;
        }
    }

    private String resolveTag(String tag, int nesting) {
        if (tag.startsWith(">")) {
            String body = partials.get(tag.substring(1).strip());
            if (body == null) {
                throw new NoSuchElementException("no partial " + tag.substring(1).strip());
            }
            return expand(body, nesting + 1);
        }
        int colon = tag.indexOf(':');
        if (colon > 0) {
            Function<String, String> helper = helpers.get(tag.substring(0, colon));
            if (helper == null) {
                throw new NoSuchElementException("no helper " + tag.substring(0, colon));
            }
            return helper.apply(lookup(tag.substring(colon + 1))); // may re-enter render(); scope is restored on return
        }
        return lookup(tag);
    }

    private String lookup(String name) {
        String value = scope.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unbound variable " + name);
        }
        return value;
    }

    public static void main(String[] args) {
        SF20TemplateRenderer r = new SF20TemplateRenderer();
        r.registerPartial("footer", "-- {{site}}");
        r.registerHelper("upper", s -> s.toUpperCase(java.util.Locale.ROOT));
        r.registerHelper("box", s -> r.render("[{{v}}|{{>footer}}]", Map.of("v", s, "site", "inner")));
        // Phase 1: not rendering.
        check(!r.isRendering(), "idle");
        // Phase 2: rendering, including nested partials and a re-entrant helper.
        check(r.render("Hi {{name}}!", Map.of("name", "Ann")).equals("Hi Ann!"), "simple");
        check(r.render("{{upper:name}} {{>footer}}", Map.of("name", "bo", "site", "x.org")).equals("BO -- x.org"), "helper + partial");
        check(r.render("{{box:name}} {{name}} {{>footer}}", Map.of("name", "cy", "site", "outer"))
                .equals("[cy|-- inner] cy -- outer"), "re-entrant render restores the outer scope");
        // Phase 3: failures inside the bracket still drop the scope, twice.
        for (int round = 0; round < 2; round++) {
            expect(IllegalArgumentException.class, () -> r.render("{{missing}}", Map.of()));
            check(!r.isRendering(), "scope dropped after failure");
            expect(NoSuchElementException.class, () -> r.render("{{>nope}}", Map.of()));
            expect(IllegalArgumentException.class, () -> r.render("{{open", Map.of()));
        }
        r.registerPartial("loop", "{{>loop}}");
        expect(IllegalStateException.class, () -> r.render("{{>loop}}", Map.of()));
        // Phase 4: a new scope for the next render.
        check(r.render("{{a}}{{b}}", Map.of("a", "1", "b", "2")).equals("12"), "fresh scope");
        check(!r.isRendering(), "idle at the end");
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
