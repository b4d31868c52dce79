package probe19;

import java.util.HashMap;
import java.util.Map;

/** Tiny mustache-style template engine with load, render and dispose phases. */
public class M08TemplateEngine {
    sealed interface Phase permits Unloaded, Ready, Disposed {}

    record Unloaded() implements Phase {}

    record Ready(int templateCount) implements Phase {}

    record Disposed() implements Phase {}

    private Phase phase = new Unloaded();
    private Map<String, String> templates;

    public void load(Map<String, String> sources) {
        if (phase instanceof Disposed) {
            return;
        }
        templates = new HashMap<>(sources);
        phase = new Ready(templates.size());
    }

    public boolean addTemplate(String name, String source) {
        if (!(phase instanceof Ready)) {
            return false;
        }
        templates.put(name, source);
        phase = new Ready(templates.size());
        return true;
    }

    public String render(String name, Map<String, String> model) {
        if (!(phase instanceof Ready)) {
            return "";
        }
        String template = templates.get(name);
        if (template == null) {
            return "<missing " + name + ">";
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < template.length()) {
            int open = template.indexOf("{{", pos);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                out.append(template, pos, template.length());
                break;
            }
            out.append(template, pos, open);
            String key = template.substring(open + 2, close).trim();
            out.append(model.getOrDefault(key, ""));
            pos = close + 2;
        }
        return out.toString();
    }

    public String describe() {
        if (phase instanceof Ready ready) {
            return "ready(" + ready.templateCount() + ") " + templates.keySet();
        }
        return phase instanceof Disposed ? "disposed" : "unloaded";
    }

    public void dispose() {
        templates = null;
        phase = new Disposed();
    }

    public static void main(String[] args) {
        M08TemplateEngine engine = new M08TemplateEngine();
        System.out.println("[" + engine.render("greet", Map.of()) + "] " + engine.addTemplate("x", "y") + " " + engine.describe());
        engine.load(Map.of("greet", "Hello, {{ name }}! You have {{count}} messages."));
        System.out.println(engine.render("greet", Map.of("name", "Ada", "count", "3")));
        engine.addTemplate("footer", "-- {{team}} {{unterminated");
        System.out.println(engine.render("footer", Map.of("team", "ops")) + " " + engine.render("nope", Map.of()));
        engine.load(Map.of("only", "{{a}}{{b}}"));
        System.out.println(engine.describe() + " " + engine.render("only", Map.of("a", "1", "b", "2")));
        engine.dispose();
        engine.load(Map.of("late", "x"));
        engine.dispose();
        System.out.println(engine.describe() + " [" + engine.render("only", Map.of()) + "] " + engine.addTemplate("z", "z"));
    }
}
