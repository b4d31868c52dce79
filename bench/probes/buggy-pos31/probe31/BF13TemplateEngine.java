package probe31;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;

/**
 * Mustache-like template engine: named templates, lazily created partials
 * ({{>name}}) and block helpers ({{#helper}}...{{/helper}}).
 */
public final class BF13TemplateEngine {

    private static final Map<String, UnaryOperator<String>> BUILTIN_HELPERS = Map.of(
            "upper", String::toUpperCase,
            "trim", String::strip);

    private final Map<String, String> templates = new LinkedHashMap<>();
    private final Map<String, UnaryOperator<String>> helpers;
    private Map<String, String> partials;

    BF13TemplateEngine(Map<String, String> initialTemplates) {
        initialTemplates.forEach(this::define);
        this.helpers = new HashMap<>(BUILTIN_HELPERS);
    }

    /** Registers a template after checking that every helper it uses exists. */
    void define(String name, String text) {
        int open = text.indexOf("{{#");
        if (open >= 0) {
            String helper = text.substring(open + 3, text.indexOf("}}", open));
            if (!helpers.containsKey(helper)) {
                throw new IllegalArgumentException("unknown helper " + helper + " in " + name);
            }
        }
        templates.put(name, text);
    }

    void registerHelper(String name, UnaryOperator<String> helper) {
        helpers.put(name, helper);
    }

    private Map<String, String> partials() {
        if (partials == null) {
            partials = new HashMap<>();
        }
        return partials;
    }

    void definePartial(String name, String text) {
        partials().put(name, text);
    }

    boolean hasPartial(String name) {
        return partials != null && partials.containsKey(name);
    }

    String render(String name, Map<String, String> model) {
        String text = templates.getOrDefault(name, "");
        if (text.startsWith("{{>") && text.endsWith("}}")) {
            return substitute(partials().getOrDefault(text.substring(3, text.length() - 2), ""), model);
        }
        return substitute(text, model);
    }

    /** Renders a partial on its own, e.g. for a fragment refresh. */
    String renderPartial(String name, Map<String, String> model) {
        return substitute(partials.getOrDefault(name, ""), model);
    }

    private String substitute(String text, Map<String, String> model) {
        String out = text;
        for (Map.Entry<String, String> entry : model.entrySet()) {
            out = out.replace("{{" + entry.getKey() + "}}", entry.getValue());
        }
        int open = out.indexOf("{{#");
        if (open >= 0) {
            int close = out.indexOf("}}", open);
            String helper = out.substring(open + 3, close);
            String endTag = "{{/" + helper + "}}";
            int end = out.indexOf(endTag, close);
            String body = out.substring(close + 2, end);
            UnaryOperator<String> fn = helpers.getOrDefault(helper, UnaryOperator.identity());
            out = out.substring(0, open) + fn.apply(body) + out.substring(end + endTag.length());
        }
        return out;
    }

    public static void main(String[] args) {
        BF13TemplateEngine engine = new BF13TemplateEngine(Map.of("hello", "Hello {{name}}!"));
        Map<String, String> model = Map.of("name", "Ada");
        System.out.println(engine.render("hello", model) + " hasSig=" + engine.hasPartial("sig"));
        engine.define("shout", "{{#upper}}hi {{name}}{{/upper}}");
        engine.registerHelper("stars", s -> "*" + s + "*");
        engine.define("fancy", "{{#stars}}{{name}}{{/stars}}");
        engine.definePartial("sig", "-- {{name}}");
        engine.define("footer", "{{>sig}}");
        System.out.println(engine.render("shout", model) + " " + engine.render("fancy", model) + " "
                + engine.render("footer", model) + " hasSig=" + engine.hasPartial("sig"));
        BF13TemplateEngine other = new BF13TemplateEngine(Map.of());
        System.out.println("other footer='" + other.render("footer", model) + "'");

        int proved = 0;
        proved += expect(69, () -> new BF13TemplateEngine(Map.of()).renderPartial("sig", model));
        proved += expect(33, () -> new BF13TemplateEngine(Map.of("title", "{{#upper}}{{name}}{{/upper}}")));
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF13TemplateEngine.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
