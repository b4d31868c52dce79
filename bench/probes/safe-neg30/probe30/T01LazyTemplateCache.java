package probe30;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Renders small text templates and caches the compiled form of each template. */
public final class T01LazyTemplateCache {
    private final UnaryOperator<String> compiler;
    private Map<String, String> compiled; // allocated on first render, dropped by invalidate()
    private int compilations;

    public T01LazyTemplateCache(UnaryOperator<String> compiler) {
        this.compiler = compiler;
    }

    private Map<String, String> compiled() {
        if (compiled == null) {
            compiled = new HashMap<>();
        }
        return compiled;
    }

    public String render(String template, String name) {
        String body = compiled().get(template);
        if (body == null) {
            body = compiler.apply(template);
            compilations++;
            compiled().put(template, body);
        }
        return body.replace("{name}", name);
    }

    public boolean isCached(String template) {
        return compiled != null && compiled.containsKey(template);
    }

    public int cachedCount() {
        return compiled == null ? 0 : compiled.size();
    }

    public int compilations() {
        return compilations;
    }

    public void invalidate() {
        compiled = null;
    }

    public static void main(String[] args) {
        T01LazyTemplateCache cache = new T01LazyTemplateCache(t -> t.trim().replaceAll("\\s+", " "));
        String tpl = "  Hello,   {name}! ";
        assert cache.cachedCount() == 0;
        assert !cache.isCached(tpl);
        assert cache.compilations() == 0;
        cache.invalidate(); // harmless before first use

        String out = cache.render(tpl, "Ada");
        assert out.equals("Hello, Ada!") : out;
        assert cache.render(tpl, "Bob").equals("Hello, Bob!");
        assert cache.compilations() == 1;
        assert cache.isCached(tpl);
        assert cache.cachedCount() == 1;

        cache.invalidate();
        assert cache.cachedCount() == 0;
        assert !cache.isCached(tpl);
        assert cache.render("Bye {name}", "Ada").equals("Bye Ada");
        assert cache.compilations() == 2 && cache.cachedCount() == 1;
        cache.invalidate();
        cache.invalidate();
        System.out.println("T01 ok");
    }
}
