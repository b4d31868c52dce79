package probe38;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Mustache-like renderer ({@code {{name}}}, {@code {{helper name}}},
 * {@code {{> partial}}}).
 *
 * <p>{@code scope} holds the bindings of the render in progress. It is created
 * on entry to render() and cleared in the matching finally block; the private
 * expansion methods that read it are only reachable from inside that try.
 * User helpers run inside the try too, and a re-entrant render() from a helper
 * is rejected before it touches the field. Single-threaded.
 */
public final class SH21TemplateRenderer {

    private final Map<String, UnaryOperator<String>> helpers = new HashMap<>();
    private final Map<String, String> partials = new HashMap<>();
    private Map<String, String> scope; // bindings of the render in progress; null outside render()
    private int renders;

    public void registerHelper(String name, UnaryOperator<String> fn) {
        if (name == null || fn == null) {
            throw new IllegalArgumentException("helper name and function are required");
        }
        helpers.put(name, fn);
    }

    public void registerPartial(String name, String template) {
        if (name == null || template == null) {
            throw new IllegalArgumentException("partial name and template are required");
        }
        partials.put(name, template);
    }

    public boolean isRendering() {
        return scope != null;
    }

    public String render(String template, Map<String, String> vars) {
        if (template == null || vars == null) {
            throw new IllegalArgumentException("template and vars are required");
        }
        if (scope != null) {
            throw new IllegalStateException("render() is not re-entrant");
        }
        scope = new HashMap<>(vars);
        try {
            renders++;
            return expand(template, 0);
        } finally {
            scope = null;
        }
    }

    private String expand(String template, int depth) {
        if (depth > 4) {
            throw new IllegalStateException("partials nested too deeply");
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int open = template.indexOf("{{", pos);
            if (open < 0) {
                return out.append(template, pos, template.length()).toString();
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed tag at " + open);
            }
            out.append(template, pos, open).append(tag(template.substring(open + 2, close).trim(), depth));
            pos = close + 2;
        }
    }

    private String tag(String tag, int depth) {
        if (tag.startsWith(">")) {
            String partial = partials.get(tag.substring(1).trim());
            if (partial == null) {
                throw new IllegalArgumentException("unknown partial: " + tag);
            }
            return expand(partial, depth + 1);
        }
        int space = tag.indexOf(' ');
        if (space > 0) {
            UnaryOperator<String> helper = helpers.get(tag.substring(0, space));
            if (helper == null) {
                throw new IllegalArgumentException("unknown helper: " + tag);
            }
            return String.valueOf(helper.apply(lookup(tag.substring(space + 1).trim())));
        }
        return lookup(tag);
    }

    private String lookup(String name) {
        return scope.getOrDefault(name, "");
    }

    public static void main(String[] args) {
        SH21TemplateRenderer r = new SH21TemplateRenderer();
        boolean[] sawScope = new boolean[1];
        r.registerHelper("upper", s -> s.toUpperCase(java.util.Locale.ROOT));
        r.registerHelper("probe", s -> {
            sawScope[0] = r.isRendering();
            expect(IllegalStateException.class, () -> r.render("nested", Map.of()));
            return "<" + s + ">";
        });
        r.registerPartial("sig", "-- {{author}}");
        r.registerPartial("loop", "{{> loop}}");
        // phase 1: before the map exists
        check(!r.isRendering() && r.renders == 0, "idle");
        expect(IllegalArgumentException.class, () -> r.render(null, Map.of()));
        // phase 2: while it exists
        String out = r.render("Hi {{upper name}}! {{probe name}} {{missing}}{{> sig}}", Map.of("name", "ada", "author", "bo"));
        check("Hi ADA! <ada> -- bo".equals(out), out);
        check(sawScope[0], "helper ran while the scope existed");
        // phase 3: after it is dropped (twice: once normally, once via an exception)
        check(!r.isRendering(), "dropped after render");
        expect(IllegalStateException.class, () -> r.render("{{> loop}}", Map.of()));
        expect(IllegalArgumentException.class, () -> r.render("{{oops", Map.of()));
        check(!r.isRendering(), "dropped after failures");
        // phase 4: created again
        check("x=1".equals(r.render("x={{x}}", Map.of("x", "1"))) && !r.isRendering(), "rendered again");
        System.out.println("SH21TemplateRenderer OK renders=" + r.renders);
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
