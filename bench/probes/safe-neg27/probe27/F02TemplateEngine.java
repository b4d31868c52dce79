package probe27;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mustache-like engine: compiled templates are cached lazily, global variables are optional. */
public final class F02TemplateEngine {
    private static final Pattern VAR = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*\\}\\}");

    private final Map<String, Object> globals;        // null when the builder declared none
    private Map<String, List<Object>> compiledCache;  // created on first compile, dropped by clearCache()
    private final boolean strict;
    private int compilations;

    private F02TemplateEngine(Builder b) {
        this.globals = b.globals == null ? null : new LinkedHashMap<>(b.globals);
        this.strict = b.strict;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private Map<String, Object> globals; // null until global() is called
        private boolean strict;

        public Builder global(String key, Object value) {
            if (globals == null) {
                globals = new LinkedHashMap<>();
            }
            globals.put(key, value);
            return this;
        }

        public Builder strict(boolean strict) { this.strict = strict; return this; }

        public F02TemplateEngine build() { return new F02TemplateEngine(this); }
    }

    /** A compiled segment is either a literal String or a VarRef. */
    private record VarRef(String name) {}

    private List<Object> compile(String template) {
        if (compiledCache == null) {
            compiledCache = new HashMap<>();
        }
        List<Object> segments = compiledCache.get(template);
        if (segments != null) {
            return segments;
        }
        segments = new ArrayList<>();
        Matcher m = VAR.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) segments.add(template.substring(last, m.start()));
            segments.add(new VarRef(m.group(1)));
            last = m.end();
        }
        if (last < template.length()) segments.add(template.substring(last));
        compilations++;
        compiledCache.put(template, segments);
        return segments;
    }

    public String render(String template, Map<String, ?> model) {
        StringBuilder out = new StringBuilder();
        for (Object seg : compile(template)) {
            if (seg instanceof VarRef ref) {
                Object value = model.get(ref.name());
                if (value == null && globals != null) {
                    value = globals.get(ref.name());
                }
                if (value == null) {
                    if (strict) throw new IllegalArgumentException("missing variable " + ref.name());
                    value = "";
                }
                out.append(value);
            } else {
                out.append(seg);
            }
        }
        return out.toString();
    }

    public int cacheSize() { return compiledCache == null ? 0 : compiledCache.size(); }

    public int compilations() { return compilations; }

    public boolean hasGlobal(String key) { return globals != null && globals.containsKey(key); }

    public void clearCache() { compiledCache = null; }

    public static void main(String[] args) {
        F02TemplateEngine plain = F02TemplateEngine.builder().build();
        assert plain.cacheSize() == 0;
        assert !plain.hasGlobal("site");
        String tpl = "Hi {{name}}, you have {{ count }} items{{missing}}.";
        String out = plain.render(tpl, Map.of("name", "Bo", "count", 3));
        assert out.equals("Hi Bo, you have 3 items.") : out;
        assert plain.cacheSize() == 1 && plain.compilations() == 1;
        assert plain.render(tpl, Map.of("name", "Al", "count", 0)).equals("Hi Al, you have 0 items.");
        assert plain.compilations() == 1;
        plain.clearCache();
        plain.clearCache();
        assert plain.cacheSize() == 0;
        assert plain.render("{{a}}", Map.of("a", "x")).equals("x");
        assert plain.cacheSize() == 1 && plain.compilations() == 2;

        F02TemplateEngine strict = F02TemplateEngine.builder().global("site", "example.org").strict(true).build();
        assert strict.hasGlobal("site") && !strict.hasGlobal("title");
        String title = strict.render("<title>{{title}} - {{site}}</title>", Map.of("title", "Home"));
        assert title.equals("<title>Home - example.org</title>") : title;
        boolean failed = false;
        try {
            strict.render("{{nope}}", Map.of());
        } catch (IllegalArgumentException expected) {
            failed = true;
        }
        assert failed;
        System.out.println("F02 ok");
    }
}
