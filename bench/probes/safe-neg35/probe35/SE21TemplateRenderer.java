package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Mustache-like renderer with global variables and partials. The per-render scope map
 * is created at the top of render() and cleared in a finally block; the private
 * lookup/expand helpers are only ever called from inside that try block.
 */
public class SE21TemplateRenderer {
    private final Map<String, String> globals = new HashMap<>();
    private final Map<String, String> partials = new HashMap<>();
    private Map<String, String> scope; // only non-null while render() is on the stack
    private int renders;

    public void defineGlobal(String name, String value) {
        globals.put(name, value);
    }

    public void definePartial(String name, String template) {
        partials.put(name, template);
    }

    public String render(String template, Map<String, String> params) {
        Objects.requireNonNull(template, "template");
        Map<String, String> arguments = Map.copyOf(params);
        scope = new HashMap<>(globals);
        try {
            scope.putAll(arguments);
            return expand(template, 0);
        } finally {
            scope = null;
            renders++;
        }
    }

    private String expand(String template, int depth) {
        if (depth > 4) {
            throw new IllegalArgumentException("partials nested too deeply");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                return out.append(template.substring(i)).toString();
            }
            int close = template.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed tag at " + open);
            }
            out.append(template, i, open);
            String tag = template.substring(open + 2, close).trim();
            if (tag.startsWith(">")) {
                String partial = partials.get(tag.substring(1).trim());
                if (partial == null) {
                    throw new NoSuchElementException("unknown partial " + tag);
                }
                out.append(expand(partial, depth + 1));
            } else {
                out.append(lookup(tag));
            }
            i = close + 2;
        }
    }

    private String lookup(String name) {
        String value = scope.get(name);
        if (value == null) {
            throw new NoSuchElementException("unbound variable " + name);
        }
        return value;
    }

    public int renders() {
        return renders;
    }

    public static void main(String[] args) {
        SE21TemplateRenderer renderer = new SE21TemplateRenderer();
        renderer.defineGlobal("site", "example.org");
        renderer.definePartial("footer", "(c) {{site}}");
        check(renderer.renders() == 0, "nothing rendered");

        check(renderer.render("Hello {{ user }} @ {{site}}", Map.of("user", "ada")).equals("Hello ada @ example.org"), "render");
        check(renderer.render("{{title}} | {{> footer}}", Map.of("title", "Home")).equals("Home | (c) example.org"), "partial");

        for (int round = 0; round < 2; round++) {
            expect(NoSuchElementException.class, () -> renderer.render("Hi {{user}}", Map.of()));
            expect(IllegalArgumentException.class, () -> renderer.render("Hi {{user", Map.of("user", "x")));
            expect(NoSuchElementException.class, () -> renderer.render("{{> header}}", Map.of()));
        }

        renderer.definePartial("loop", "{{> loop}}");
        expect(IllegalArgumentException.class, () -> renderer.render("{{> loop}}", Map.of()));
        renderer.defineGlobal("site", "example.net");
        check(renderer.render("{{> footer}}", Map.of()).equals("(c) example.net"), "render after failures");
        check(renderer.renders() == 10, "render count " + renderer.renders());
        System.out.println("SE21TemplateRenderer ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
