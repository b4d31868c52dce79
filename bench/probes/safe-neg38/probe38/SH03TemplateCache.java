package probe38;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled-template cache of a small template engine. Compiled token lists
 * live in a map that is created lazily by the private getter
 * {@link #compiled()} and thrown away by {@link #invalidateAll()}. Every read
 * and write of the map goes through that getter. Single-threaded.
 */
public final class SH03TemplateCache {

    private final Map<String, String> sources = new HashMap<>();
    private Map<String, List<String>> compiled; // created on demand, dropped by invalidateAll()
    private int compilations;

    private Map<String, List<String>> compiled() {
        if (compiled == null) {
            compiled = new HashMap<>();
        }
        return compiled;
    }

    public void define(String name, String source) {
        if (name == null || source == null) {
            throw new IllegalArgumentException("name and source are required");
        }
        sources.put(name, source);
        compiled().remove(name);
    }

    /** Literal and variable tokens alternate: "Hi {who}!" -> ["Hi ", "who", "!"]. */
    private List<String> tokens(String name) {
        List<String> hit = compiled().get(name);
        if (hit != null) {
            return hit;
        }
        String src = sources.get(name);
        if (src == null) {
            throw new IllegalArgumentException("unknown template: " + name);
        }
        List<String> toks = List.of(src.split("[{}]", -1));
        compiled().put(name, toks);
        compilations++;
        return toks;
    }

    public String render(String name, Map<String, String> vars) {
        if (vars == null) {
            throw new IllegalArgumentException("vars");
        }
        List<String> toks = tokens(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            sb.append(i % 2 == 0 ? t : vars.getOrDefault(t, "?"));
        }
        return sb.toString();
    }

    public void invalidateAll() {
        compiled = null;
    }

    public boolean isWarm() {
        return compiled != null;
    }

    public int cachedTemplates() {
        return compiled().size();
    }

    public int compilations() {
        return compilations;
    }

    public static void main(String[] args) {
        SH03TemplateCache cache = new SH03TemplateCache();
        // phase 1: before the map exists
        check(!cache.isWarm(), "cold at start");
        check(cache.compilations() == 0, "nothing compiled");
        expect(IllegalArgumentException.class, () -> cache.define(null, "x"));
        check(!cache.isWarm(), "still cold after rejected define");
        // phase 2: while it exists
        cache.define("greet", "Hello {who}, you have {n} messages");
        check(cache.isWarm(), "define warmed the cache");
        String out = cache.render("greet", Map.of("who", "Ada", "n", "3"));
        check("Hello Ada, you have 3 messages".equals(out), out);
        check("Hello Bob, you have ? messages".equals(cache.render("greet", Map.of("who", "Bob"))), "default");
        check(cache.compilations() == 1 && cache.cachedTemplates() == 1, "compiled once");
        expect(IllegalArgumentException.class, () -> cache.render("nope", Map.of()));
        // phase 3: after it is dropped (twice)
        cache.invalidateAll();
        cache.invalidateAll();
        check(!cache.isWarm(), "cold after invalidate");
        // phase 4: created again
        check("Hello Cy, you have 0 messages".equals(cache.render("greet", Map.of("who", "Cy", "n", "0"))), "rerender");
        check(cache.compilations() == 2 && cache.cachedTemplates() == 1, "recompiled once");
        System.out.println("SH03TemplateCache OK compilations=" + cache.compilations());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
