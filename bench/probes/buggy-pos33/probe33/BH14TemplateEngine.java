package probe33;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public class BH14TemplateEngine {
    interface Filter {
        String apply(String input);
    }

    static final class Engines {
        static final Engines SHARED = new Engines();
        private static final Map<String, Filter> BUILTIN_FILTERS = new LinkedHashMap<>();

        static {
            BUILTIN_FILTERS.put("upper", String::toUpperCase);
            BUILTIN_FILTERS.put("trim", String::trim);
        }

        private final Map<String, Filter> filters = new HashMap<>();

        private Engines() {
            for (Map.Entry<String, Filter> e : BUILTIN_FILTERS.entrySet()) {
                filters.put(e.getKey(), e.getValue());
            }
        }

        static int builtinCount() {
            return BUILTIN_FILTERS.size();
        }
    }

    static final class Context {
        private final Map<String, Object> globals;
        private Map<String, Object> locals;
        private final boolean escapeHtml;

        Context(Map<String, Object> globals, boolean escapeHtml) {
            this.globals = globals;
            this.locals = new HashMap<>();
            this.escapeHtml = escapeHtml;
        }

        Context(Context other) {
            this.globals = other.globals;
            this.escapeHtml = other.escapeHtml;
        }

        void set(String name, Object value) {
            locals.put(name, value);
        }

        Object resolve(String name) {
            Map<String, Object> l = locals;
            if (l != null && l.containsKey(name)) {
                return l.get(name);
            }
            return globals.get(name);
        }
    }

    static final class Template {
        final String name;
        final Map<String, String> partials;

        Template(String name, Map<String, String> partials) {
            this.name = name;
            this.partials = partials;
        }
    }

    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> themes = new HashMap<>();

    BH14TemplateEngine() {
        filters.put("upper", String::toUpperCase);
        filters.put("lower", String::toLowerCase);
        themes.put("light", Map.of("header", "<h1>{{title}}</h1>", "footer", "<hr/>"));
    }

    Template load(String name, String theme) {
        return new Template(name, themes.get(theme));
    }

    String renderPartial(Template t, String partial, Context ctx) {
        String body = t.partials.getOrDefault(partial, "");
        return render(body, ctx);
    }

    boolean hasPartial(Template t, String partial) {
        return t.partials != null && t.partials.containsKey(partial);
    }

    String render(String body, Context ctx) {
        String out = body;
        int start;
        while ((start = out.indexOf("{{")) >= 0) {
            int end = out.indexOf("}}", start);
            String[] parts = out.substring(start + 2, end).split("\\|");
            String text = String.valueOf(ctx.resolve(parts[0].trim()));
            for (int i = 1; i < parts.length; i++) {
                Filter f = filters.get(parts[i].trim());
                if (f != null) {
                    text = f.apply(text);
                }
            }
            if (ctx.escapeHtml) {
                text = text.replace("<", "&lt;");
            }
            out = out.substring(0, start) + text + out.substring(end + 2);
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        BH14TemplateEngine engine = new BH14TemplateEngine();
        Context root = new Context(Map.of("title", "Docs"), true);
        root.set("user", "ada");
        Template page = engine.load("page", "light");
        System.out.println(engine.renderPartial(page, "header", root) + " " + engine.render("hi {{user|upper}}", root));
        Context fork = new Context(root);
        System.out.println(fork.resolve("title") + " " + fork.resolve("user") + " " + engine.hasPartial(page, "footer"));
        Template dark = engine.load("page", "dark");
        System.out.println(dark.name + " " + engine.hasPartial(dark, "header") + " " + engine.render("{{title|lower}}", fork));

        expect(25, () -> System.out.println(Engines.builtinCount()));
        expect(52, () -> fork.set("user", "bob"));
        expect(88, () -> engine.renderPartial(dark, "header", root));
    }

    private static final String FILE = "BH14TemplateEngine.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
