package probe27;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mustache-like template engine with global variables, filters, partials and a
 * compiled-template cache, in the vein of lightweight view engines.
 */
public class BA12TemplateEngine {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([\\w.]+)(?:\\|(\\w+))?\\s*}}");

    private final Map<String, Object> globals;
    private final Map<String, UnaryOperator<String>> filters = new HashMap<>();
    private final Map<String, String> partials = new HashMap<>();
    private Map<String, String> compiled = new ConcurrentHashMap<>();

    public BA12TemplateEngine(Map<String, Object> globals) {
        this.globals = globals;
        filters.put("upper", s -> s.toUpperCase(Locale.ROOT));
        filters.put("trim", String::strip);
    }

    /** Globals come from "global.*" properties; none configured yields no globals map. */
    public static BA12TemplateEngine fromProperties(Properties props) {
        Map<String, Object> g = null;
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith("global.")) {
                if (g == null) {
                    g = new HashMap<>();
                }
                g.put(name.substring(7), props.getProperty(name));
            }
        }
        return new BA12TemplateEngine(g);
    }

    public void registerPartial(String name, String template) {
        partials.put(name, template);
    }

    private String compile(String template) {
        return compiled.computeIfAbsent(template, t -> t.replace("\r\n", "\n"));
    }

    public int cacheSize() {
        Map<String, String> current = compiled;
        return current == null ? 0 : current.size();
    }

    public void invalidateAll() {
        compiled = null;
    }

    public boolean hasGlobal(String name) {
        return globals != null && globals.containsKey(name);
    }

    private Object resolve(String name, Map<String, Object> model) {
        if (model.containsKey(name)) {
            return model.get(name);
        }
        return globals.get(name);
    }

    public String render(String template, Map<String, Object> model) {
        Matcher m = TAG.matcher(compile(template));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = String.valueOf(resolve(m.group(1), model));
            UnaryOperator<String> filter = m.group(2) == null ? null : filters.get(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(filter == null ? value : filter.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String renderPartial(String name, Map<String, Object> model) {
        return render(partials.getOrDefault(name, ""), model);
    }

    public String renderPartial(String name) {
        return render(partials.getOrDefault(name, ""), null);
    }

    public static void main(String[] args) {
        Properties props = new Properties();
        props.setProperty("global.site", "probe.dev");
        BA12TemplateEngine engine = fromProperties(props);
        engine.registerPartial("footer", "(c) {{site}}");
        engine.registerPartial("static", "<hr/>");
        System.out.println(engine.render("Hello {{user|upper}} on {{site}}", Map.of("user", "ada")));
        System.out.println(engine.renderPartial("footer", Map.of()) + " " + engine.renderPartial("static"));
        System.out.println("cache=" + engine.cacheSize() + " hasGlobal(site)=" + engine.hasGlobal("site"));
        BA12TemplateEngine bare = fromProperties(new Properties());
        System.out.println(bare.render("Hi {{user}}", Map.of("user", "linus")) + " hasGlobal=" + bare.hasGlobal("site"));
        engine.invalidateAll();
        System.out.println("cache after invalidate=" + engine.cacheSize());

        expectNpe(69, () -> bare.render("Hi {{user}} from {{site}}", Map.of("user", "linus")));
        expectNpe(49, () -> engine.render("Hello {{user}}", Map.of("user", "ada")));
        bare.registerPartial("greeting", "Hi {{user}}");
        expectNpe(66, () -> bare.renderPartial("greeting"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA12TemplateEngine.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
