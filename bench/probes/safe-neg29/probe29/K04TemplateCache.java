package probe29;

import java.util.LinkedHashMap;
import java.util.Map;

/** Email template cache keyed by template name, reloaded by generation. */
public final class K04TemplateCache {

    private static LinkedHashMap<String, String> templates;
    private static int generation;

    private K04TemplateCache() {
    }

    /** Loads (or reloads) all templates and bumps the generation. */
    public static synchronized int reload(String source) {
        LinkedHashMap<String, String> fresh = new LinkedHashMap<>();
        for (String line : source.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fresh.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        templates = fresh;
        generation++;
        return generation;
    }

    public static synchronized int generation() {
        return generation;
    }

    public static synchronized String render(String name, Map<String, String> vars) {
        if (generation == 0) {
            return "";
        }
        String body = templates.getOrDefault(name, "");
        for (Map.Entry<String, String> e : vars.entrySet()) {
            body = body.replace("{" + e.getKey() + "}", e.getValue());
        }
        return body;
    }

    public static synchronized boolean has(String name) {
        return generation > 0 && templates.containsKey(name);
    }

    public static synchronized String listing() {
        if (generation <= 0) {
            return "<none>";
        }
        StringBuilder sb = new StringBuilder();
        templates.forEach((k, v) -> sb.append(k).append(':').append(v.length()).append(' '));
        return sb.toString().trim();
    }

    /** Forgets everything, as if freshly started. */
    public static synchronized void reset() {
        templates = null;
        generation = 0;
    }

    public static void main(String[] args) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("user", "ada");
        vars.put("code", "1234");
        System.out.println("gen=" + generation() + " render='" + render("welcome", vars) + "' has=" + has("welcome")
                + " listing=" + listing());
        reload("welcome = Hello {user}!\nreset = Your code is {code}\nbroken line");
        System.out.println(render("welcome", vars));
        System.out.println(render("reset", vars));
        System.out.println("missing='" + render("missing", vars) + "' has=" + has("reset"));
        System.out.println("listing=" + listing());
        int g = reload("welcome = Hi {user}");
        System.out.println("gen=" + g + " " + render("welcome", vars) + " has reset=" + has("reset"));
        reset();
        System.out.println("after reset gen=" + generation() + " '" + render("welcome", vars) + "' " + listing()
                + " has=" + has("welcome"));
        reload("bye = Bye {user}");
        System.out.println(render("bye", vars));
        reset();
    }
}
