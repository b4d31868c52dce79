package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny mustache-like template engine. Compiled templates are cached in a map that is
 * created when caching is switched on and thrown away when the cache is cleared.
 */
public class SC02TemplateCache {

    private static final Pattern VAR = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");

    /** A "compiled" template: literal chunks interleaved with variable names. */
    static final class Compiled {
        final String[] parts;

        Compiled(String[] parts) {
            this.parts = parts;
        }
    }

    private Map<String, Compiled> compiled;
    private int compilations;

    public void enableCache() {
        if (compiled == null) {
            compiled = new HashMap<>();
        }
    }

    public void clearCache() {
        compiled = null;
    }

    public boolean isCached(String template) {
        return compiled != null && compiled.containsKey(template);
    }

    public int compilations() {
        return compilations;
    }

    public String render(String template, Map<String, ?> model) {
        if (template == null) {
            throw new IllegalArgumentException("template");
        }
        Compiled c = null;
        if (compiled != null) {
            c = compiled.get(template);
        }
        if (c == null) {
            c = compile(template);
            if (compiled != null) {
                compiled.put(template, c);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < c.parts.length; i++) {
            if (i % 2 == 0) {
                out.append(c.parts[i]);
            } else {
                Object v = model.get(c.parts[i]);
                out.append(v == null ? "" : v);
            }
        }
        return out.toString();
    }

    private Compiled compile(String template) {
        compilations++;
        Matcher m = VAR.matcher(template);
        java.util.List<String> parts = new java.util.ArrayList<>();
        int last = 0;
        while (m.find()) {
            parts.add(template.substring(last, m.start()));
            parts.add(m.group(1));
            last = m.end();
        }
        parts.add(template.substring(last));
        return new Compiled(parts.toArray(new String[0]));
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC02TemplateCache engine = new SC02TemplateCache();
        String t = "Hello {{ name }}, you have {{count}} new messages";
        Map<String, Object> model = Map.of("name", "Ada", "count", 3);
        try {
            engine.render(null, model);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        check(!engine.isCached(t), "not cached initially");
        check(engine.render(t, model).equals("Hello Ada, you have 3 new messages"), "render 1");
        check(engine.compilations() == 1, "1 compile");
        engine.clearCache();
        engine.enableCache();
        engine.enableCache();
        check(engine.render(t, model).endsWith("3 new messages"), "render 2");
        check(engine.render(t, model).startsWith("Hello Ada"), "render 3");
        check(engine.isCached(t), "cached");
        check(engine.compilations() == 2, "2 compiles");
        for (int i = 0; i < 2; i++) {
            engine.clearCache();
            check(!engine.isCached(t), "dropped");
            check(engine.render(t, Map.of()).equals("Hello , you have  new messages"), "render dropped");
        }
        check(engine.compilations() == 4, "4 compiles");
        engine.enableCache();
        engine.render(t, model);
        check(engine.isCached(t), "cached again");
        System.out.println("SC02 ok, compilations=" + engine.compilations());
    }
}
