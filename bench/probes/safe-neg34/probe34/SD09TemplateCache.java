package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Compiled-template cache of a view layer; every accessor goes through a throwing require helper. */
public class SD09TemplateCache {
    private Map<String, String> templates; // null until loadAll(), dropped by evictAll()
    private int renders;

    private Map<String, String> requireTemplates() {
        Map<String, String> t = templates;
        if (t == null) {
            throw new IllegalStateException("templates not loaded");
        }
        return t;
    }

    public void loadAll(Map<String, String> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no templates given");
        }
        Map<String, String> compiled = new HashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            compiled.put(e.getKey(), e.getValue().strip());
        }
        templates = compiled;
    }

    public String render(String name, Map<String, String> model) {
        String template = requireTemplates().get(name);
        if (template == null) {
            throw new NoSuchElementException("no template " + name);
        }
        String out = template;
        for (Map.Entry<String, String> e : model.entrySet()) {
            out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        renders++;
        return out;
    }

    public boolean has(String name) {
        return requireTemplates().containsKey(name);
    }

    public int count() {
        return requireTemplates().size();
    }

    public int renders() {
        return renders;
    }

    public void evictAll() {
        templates = null;
    }

    private static void exerciseUnloaded(SD09TemplateCache c, int renders) {
        expect(IllegalStateException.class, () -> c.render("page", Map.of()));
        expect(IllegalStateException.class, () -> c.has("page"));
        expect(IllegalStateException.class, () -> c.count());
        expect(IllegalArgumentException.class, () -> c.loadAll(Map.of()));
        check(c.renders() == renders, "render count");
    }

    public static void main(String[] args) {
        SD09TemplateCache cache = new SD09TemplateCache();
        exerciseUnloaded(cache, 0);
        cache.evictAll();
        exerciseUnloaded(cache, 0);

        cache.loadAll(Map.of("page", "  <h1>{{title}}</h1>  ", "mail", "Dear {{name}}"));
        check("<h1>Home</h1>".equals(cache.render("page", Map.of("title", "Home"))), "render page");
        check("Dear Ann".equals(cache.render("mail", Map.of("name", "Ann"))), "render mail");
        check(cache.has("mail") && !cache.has("nope"), "has");
        check(cache.count() == 2 && cache.renders() == 2, "count and renders");
        expect(NoSuchElementException.class, () -> cache.render("nope", Map.of()));

        cache.evictAll();
        exerciseUnloaded(cache, 2);
        cache.evictAll();
        exerciseUnloaded(cache, 2);

        cache.loadAll(Map.of("row", "<td>{{v}}</td>"));
        check("<td>1</td>".equals(cache.render("row", Map.of("v", "1"))), "render after reload");
        check(cache.has("row") && !cache.has("page") && cache.count() == 1, "reloaded set");
        check(cache.renders() == 3, "renders after reload");
        cache.evictAll();
        exerciseUnloaded(cache, 3);
        System.out.println("SD09TemplateCache ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
