package probe35;

import java.util.HashMap;
import java.util.Map;

/**
 * Minimal "${name}" template engine. Variables are bound per request; unbindAll()
 * releases the binding table between requests. Reads use ternaries on the field.
 */
public class SE04TemplateEngine {
    private final String missingMarker;
    private Map<String, String> vars; // null when nothing is bound

    public SE04TemplateEngine(String missingMarker) {
        this.missingMarker = missingMarker;
    }

    public void bind(String name, Object value) {
        if (name == null || !name.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
            throw new IllegalArgumentException("invalid variable name: " + name);
        }
        if (vars == null) {
            vars = new HashMap<>();
        }
        vars.put(name, String.valueOf(value));
    }

    public void unbindAll() {
        vars = null;
    }

    public int boundCount() {
        return vars == null ? 0 : vars.size();
    }

    public boolean isBound(String name) {
        return vars == null ? false : vars.containsKey(name);
    }

    private String resolve(String name) {
        String value = vars == null ? null : vars.get(name);
        return value != null ? value : missingMarker;
    }

    public String render(String template) {
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
                throw new IllegalArgumentException("unterminated placeholder at " + start);
            }
            out.append(template, i, start).append(resolve(template.substring(start + 2, end)));
            i = end + 1;
        }
        return out.toString();
    }

    public static void main(String[] args) {
        SE04TemplateEngine engine = new SE04TemplateEngine("?");
        check(engine.boundCount() == 0 && !engine.isBound("user"), "nothing bound");
        check(engine.render("Hi ${user}!").equals("Hi ?!"), "missing before bind");
        expect(IllegalArgumentException.class, () -> engine.render("Hi ${user"));
        expect(IllegalArgumentException.class, () -> engine.bind("1x", "v"));

        engine.bind("user", "ada");
        engine.bind("count", 3);
        check(engine.render("Hi ${user}, ${count} new").equals("Hi ada, 3 new"), "render bound");
        check(engine.boundCount() == 2 && engine.isBound("count"), "bound count");

        for (int round = 0; round < 2; round++) {
            engine.unbindAll();
            check(engine.boundCount() == 0 && !engine.isBound("user"), "unbound");
            check(engine.render("${user}/${count}").equals("?/?"), "render after unbind");
        }

        engine.bind("user", "grace");
        check(engine.render("Bye ${user}").equals("Bye grace") && engine.boundCount() == 1, "rebound");
        System.out.println("SE04TemplateEngine ok");
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
