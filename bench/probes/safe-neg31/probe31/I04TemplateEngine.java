package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal ${var} template renderer with optional engine-wide bindings. */
public final class I04TemplateEngine {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    private Map<String, String> globals; // null until the first bind(), and after unbindAll()

    public I04TemplateEngine bind(String name, String value) {
        if (name == null || value == null) {
            throw new IllegalArgumentException("binding needs a name and a value");
        }
        Map<String, String> g = globals;
        if (g == null) {
            g = new HashMap<>();
            globals = g;
        }
        g.put(name, value);
        return this;
    }

    public String render(String template, Map<String, String> locals) {
        Map<String, String> g = globals;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = locals.get(key);
            if (value == null && g != null) {
                value = g.get(key);
            }
            if (value == null) {
                throw new IllegalArgumentException("unbound variable ${" + key + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String render(String template) {
        return render(template, Map.of());
    }

    public int boundCount() {
        Map<String, String> g = globals;
        return g == null ? 0 : g.size();
    }

    public void unbindAll() {
        globals = null;
    }

    public static void main(String[] args) {
        I04TemplateEngine engine = new I04TemplateEngine();
        if (engine.boundCount() != 0) throw new AssertionError("fresh engine");
        if (!engine.render("plain text").equals("plain text")) throw new AssertionError("no placeholders");
        if (!engine.render("Hi ${user}", Map.of("user", "ann")).equals("Hi ann")) throw new AssertionError("locals");
        try {
            engine.render("Hi ${user}");
            throw new AssertionError("unbound accepted");
        } catch (IllegalArgumentException expected) {
            // unbound while globals are null
        }
        engine.unbindAll();
        engine.bind("site", "example.org").bind("year", "2024");
        String page = engine.render("(c) ${year} ${site} - ${user}", Map.of("user", "bob"));
        if (!page.equals("(c) 2024 example.org - bob")) throw new AssertionError(page);
        if (engine.boundCount() != 2) throw new AssertionError("bound count");
        try {
            engine.bind(null, "x");
            throw new AssertionError("null name accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        engine.unbindAll();
        engine.unbindAll();
        if (engine.boundCount() != 0) throw new AssertionError("after unbind");
        System.out.println("I04 " + page + " / " + engine.render("$${cost}", Map.of("cost", "5")));
    }
}
