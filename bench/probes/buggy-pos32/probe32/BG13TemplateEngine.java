package probe32;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

public final class BG13TemplateEngine {
    private static final String FILE = "BG13TemplateEngine.java";
    private static final Pattern VAR = Pattern.compile("\\{\\{(\\w+)(?:\\|(\\w+))?}}");
    private static final Map<String, Object> GLOBALS = Map.of("year", 2024, "site", "probe.dev");

    static class Template {
        protected final String name;
        protected final String source;
        protected final Map<String, UnaryOperator<String>> filters = new HashMap<>();

        Template(String name, String source) {
            this.name = name;
            this.source = source;
            installFilters();
        }

        protected void installFilters() {
            filters.put("upper", s -> s.toUpperCase(Locale.ROOT));
        }

        String render(RenderContext ctx) {
            return VAR.matcher(source).replaceAll(m -> {
                String value = String.valueOf(ctx.lookup(m.group(1)));
                UnaryOperator<String> filter = m.group(2) == null ? null : filters.get(m.group(2));
                return filter == null ? value : filter.apply(value);
            });
        }
    }

    static final class MarkupTemplate extends Template {
        private final Map<Character, String> entities = new LinkedHashMap<>(Map.of('<', "&lt;", '>', "&gt;", '"', "&quot;"));

        MarkupTemplate(String name, String source) {
            super(name, source);
        }

        @Override
        protected void installFilters() {
            super.installFilters();
            if (name.endsWith(".html")) {
                entities.put('\'', "&#39;");
            }
            filters.put("escape", this::escape);
        }

        String escape(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                out.append(entities.getOrDefault(c, String.valueOf(c)));
            }
            return out.toString();
        }
    }

    static final class RenderContext {
        private final Map<String, Object> model;
        private final Map<String, Object> globals;

        RenderContext(Map<String, Object> model, boolean sandboxed) {
            this.model = new HashMap<>(model);
            this.globals = sandboxed ? null : GLOBALS;
        }

        Object lookup(String key) {
            Object value = model.get(key);
            return value != null ? value : globals.getOrDefault(key, "");
        }

        boolean hasGlobal(String key) {
            return globals != null && globals.containsKey(key);
        }
    }

    static final class Engine {
        private final Map<String, Map<String, Template>> themes = new HashMap<>();
        private Map<String, Template> partials = new HashMap<>();

        void register(String theme, Template template) {
            themes.computeIfAbsent(theme, k -> new HashMap<>()).put(template.name, template);
        }

        void useTheme(String theme) {
            partials = themes.get(theme);
        }

        String include(String partial, RenderContext ctx) {
            Template t = partials.get(partial);
            return t == null ? "" : t.render(ctx);
        }

        int partialCount() {
            Map<String, Template> p = partials;
            return p == null ? 0 : p.size();
        }
    }

    public static void main(String[] args) throws Exception {
        Engine engine = new Engine();
        engine.register("light", new MarkupTemplate("header.txt", "<{{title|escape}}> {{site|upper}} {{year}}"));
        engine.register("light", new Template("footer", "(c) {{year}} {{owner}}"));
        System.out.println("partials before theme=" + engine.partialCount() + " missing=[" + engine.include("header.txt", null) + "]");
        engine.useTheme("light");
        RenderContext open = new RenderContext(Map.of("title", "A<B", "owner", "ops"), false);
        System.out.println(engine.include("header.txt", open) + " | " + engine.include("footer", open));
        RenderContext sandbox = new RenderContext(Map.of("title", "safe", "year", 1999, "owner", "me", "site", "x"), true);
        System.out.println(engine.include("footer", sandbox) + " hasGlobal=" + sandbox.hasGlobal("year") + "/" + open.hasGlobal("year"));

        expectNpe(51, () -> new MarkupTemplate("page.html", "<p>{{body|escape}}</p>"));
        RenderContext strict = new RenderContext(Map.of("title", "x"), true);
        expectNpe(76, () -> engine.include("footer", strict));
        engine.useTheme("dark");
        expectNpe(97, () -> engine.include("header.txt", open));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
