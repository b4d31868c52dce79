package probe28;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Mustache-like template engine: {{var}} placeholders, {{>partial}} includes and
 * {{#helper arg}} calls. Compiled partials are cached until the cache is cleared.
 */
public class BC09TemplateEngine {

    private final Map<String, String> sources = new HashMap<>();
    private Map<String, String> partials = new HashMap<>();
    private Map<String, UnaryOperator<String>> helpers;
    private final Function<String, UnaryOperator<String>> helperLookup;

    public BC09TemplateEngine() {
        this.helperLookup = name -> helpers.get(name);
    }

    public void registerHelpers() {
        helpers = new HashMap<>();
        helpers.put("upper", s -> s.toUpperCase());
        helpers.put("trim", String::trim);
    }

    public BC09TemplateEngine template(String name, String source) {
        sources.put(name, source);
        return this;
    }

    public void clearCache() {
        partials = null;
    }

    private String partial(String name) {
        if (partials == null) {
            partials = new HashMap<>();
        }
        return partials.computeIfAbsent(name, n -> sources.getOrDefault(n, ""));
    }

    public String cachedPartial(String name) {
        return partials.get(name);
    }

    public String render(String name, Map<String, Object> model) {
        String src = sources.getOrDefault(name, "");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < src.length()) {
            int open = src.indexOf("{{", i);
            if (open < 0) {
                out.append(src, i, src.length());
                break;
            }
            out.append(src, i, open);
            int close = src.indexOf("}}", open);
            String tag = src.substring(open + 2, close).trim();
            if (tag.startsWith(">")) {
                out.append(partial(tag.substring(1).trim()));
            } else if (tag.startsWith("#")) {
                String[] parts = tag.substring(1).split(" ", 2);
                UnaryOperator<String> h = helperLookup.apply(parts[0]);
                out.append(h == null ? parts[1] : h.apply(parts[1]));
            } else {
                Object v = model.get(tag);
                out.append(v == null ? "" : v);
            }
            i = close + 2;
        }
        return out.toString();
    }

    public String renderStatic(String name) {
        return render(name, null);
    }

    public String renderWithDefaults(String name, Map<String, Object> model) {
        Map<String, Object> effective = model != null ? model : Map.of();
        return render(name, effective);
    }

    public int helperCount() {
        return helpers == null ? 0 : helpers.size();
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC09TemplateEngine.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC09TemplateEngine.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC09TemplateEngine engine = new BC09TemplateEngine();
        engine.registerHelpers();
        engine.template("header", "<h1>Site</h1>")
              .template("page", "{{> header}}Hello {{name}}! {{#upper shout}}")
              .template("footer", "(c) static");
        System.out.println(engine.render("page", Map.of("name", "Ann")) + " helpers=" + engine.helperCount());
        System.out.println("cached=" + engine.cachedPartial("header"));
        engine.clearCache();
        System.out.println(engine.renderWithDefaults("page", null));
        System.out.println(engine.renderStatic("footer"));

        engine.clearCache();
        expectNpe("cached partial after clear", 46, () -> engine.cachedPartial("header"));
        expectNpe("static render of template with variables", 69, () -> engine.renderStatic("page"));
        BC09TemplateEngine bare = new BC09TemplateEngine().template("t", "{{#trim  x }}");
        System.out.println("bare helpers=" + bare.helperCount());
        expectNpe("helper lookup before registerHelpers", 20, () -> bare.render("t", Map.of()));
    }
}
