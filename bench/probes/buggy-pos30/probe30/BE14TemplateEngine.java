package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mustache-like template engine: pluggable loaders, partials and a compile step. */
public final class BE14TemplateEngine {

    private static final String FILE = "BE14TemplateEngine.java";

    static class Loader {
        protected Map<String, String> createCache() {
            return new HashMap<>();
        }

        String load(String name) {
            return "<" + name + ">{{title}}</" + name + ">";
        }
    }

    /** Development loader: always re-reads templates, so it opts out of caching. */
    static final class DevLoader extends Loader {
        @Override
        protected Map<String, String> createCache() {
            return null;
        }
    }

    private final Loader loader;
    private final Map<String, String> templateCache;
    private Map<String, String> partials;
    private Map<String, List<String>> compiled;

    BE14TemplateEngine(Loader loader, Map<String, String> partialTemplates) {
        this.loader = loader;
        this.templateCache = loader.createCache();
        this.partials = partials;
        if (partialTemplates.isEmpty()) {
            this.partials = new HashMap<>();
        }
    }

    String source(String name) {
        if (templateCache == null) {
            return loader.load(name);
        }
        return templateCache.computeIfAbsent(name, loader::load);
    }

    void warm(String name) {
        templateCache.putIfAbsent(name, loader.load(name));
    }

    void registerPartial(String name, String body) {
        partials.put(name, body);
    }

    String partial(String name) {
        return partials == null ? "" : partials.getOrDefault(name, "");
    }

    void compile(List<String> names) {
        compiled = new HashMap<>();
        for (String n : names) {
            List<String> tokens = new ArrayList<>();
            for (String piece : source(n).split("\\{\\{|\\}\\}")) {
                tokens.add(piece);
            }
            compiled.put(n, tokens);
        }
    }

    String render(String name, Map<String, String> model) {
        List<String> tokens = compiled.get(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            out.append(i % 2 == 1 ? model.getOrDefault(t, partial(t)) : t);
        }
        return out.toString();
    }

    boolean isCompiled(String name) {
        Map<String, List<String>> c = compiled;
        return c != null && c.containsKey(name);
    }

    public static void main(String[] args) {
        BE14TemplateEngine prod = new BE14TemplateEngine(new Loader(), Map.of());
        prod.warm("page");
        prod.registerPartial("footer", "(c) probe");
        prod.compile(List.of("page"));
        System.out.println(prod.render("page", Map.of("title", "Hello")) + " compiled=" + prod.isCompiled("page"));
        BE14TemplateEngine dev = new BE14TemplateEngine(new DevLoader(), Map.of());
        System.out.println(dev.source("card") + " partial='" + dev.partial("footer") + "' compiled="
                + dev.isCompiled("card"));
        BE14TemplateEngine themed = new BE14TemplateEngine(new Loader(), Map.of("footer", "(c) theme"));
        System.out.println("themed partial='" + themed.partial("footer") + "'");

        try {
            dev.warm("card");
            miss(53);
        } catch (NullPointerException e) {
            expect(e, 53);
        }
        try {
            themed.registerPartial("header", "== header ==");
            miss(57);
        } catch (NullPointerException e) {
            expect(e, 57);
        }
        try {
            System.out.println(dev.render("card", Map.of("title", "Draft")));
            miss(76);
        } catch (NullPointerException e) {
            expect(e, 76);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
