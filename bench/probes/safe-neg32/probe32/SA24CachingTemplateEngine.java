package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Template engine with an optional compiled-template cache, mirroring the "cache=false in
 * development mode" switch of Thymeleaf, FreeMarker or Pebble. The cache map is allocated only
 * when the final constructor flag is set; every use is guarded by that flag.
 */
public class SA24CachingTemplateEngine {

    private record Compiled(List<String> parts) {
        String apply(Map<String, String> model) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                sb.append(i % 2 == 0 ? parts.get(i) : model.getOrDefault(parts.get(i), ""));
            }
            return sb.toString();
        }
    }

    private final boolean cacheEnabled;
    private final Map<String, String> sources = new HashMap<>();
    private Map<String, Compiled> cache; // non-null iff cacheEnabled
    private int compilations;

    public SA24CachingTemplateEngine(boolean cacheEnabled) {
        this.cacheEnabled = cacheEnabled;
        if (cacheEnabled) {
            cache = new HashMap<>();
        }
    }

    public void addTemplate(String name, String source) {
        sources.put(name, source);
        if (cacheEnabled) {
            cache.remove(name);
        }
    }

    private Compiled compile(String name) {
        String src = sources.get(name);
        if (src == null) {
            throw new IllegalArgumentException("template not found: " + name);
        }
        compilations++;
        List<String> parts = new ArrayList<>();
        int pos = 0;
        int open;
        while ((open = src.indexOf("${", pos)) >= 0) {
            int close = src.indexOf('}', open);
            parts.add(src.substring(pos, open));
            parts.add(src.substring(open + 2, close));
            pos = close + 1;
        }
        parts.add(src.substring(pos));
        return new Compiled(parts);
    }

    public String render(String name, Map<String, String> model) {
        Compiled t = cacheEnabled ? cache.computeIfAbsent(name, this::compile) : compile(name);
        return t.apply(model);
    }

    public int cachedTemplates() {
        return cacheEnabled ? cache.size() : 0;
    }

    public void clearCache() {
        if (!cacheEnabled) {
            return;
        }
        cache.clear();
    }

    public int compilations() {
        return compilations;
    }

    public static void main(String[] args) {
        for (boolean caching : new boolean[] {true, false}) {
            SA24CachingTemplateEngine engine = new SA24CachingTemplateEngine(caching);
            engine.clearCache();
            engine.addTemplate("hello", "Hello ${name}, you have ${n} messages");
            Map<String, String> model = Map.of("name", "Ada", "n", "3");
            System.out.println(engine.render("hello", model));
            System.out.println(engine.render("hello", Map.of("name", "Bob")));
            engine.addTemplate("hello", "Hi ${name}!");
            System.out.println(engine.render("hello", model) + " cached=" + engine.cachedTemplates());
            try {
                engine.render("missing", model);
            } catch (IllegalArgumentException expected) {
                System.out.println("error: " + expected.getMessage());
            }
            engine.clearCache();
            System.out.println("caching=" + caching + " compilations=" + engine.compilations()
                    + " cached after clear=" + engine.cachedTemplates());
        }
    }
}
