package probe21b;

import java.util.HashMap;
import java.util.Map;

/**
 * A small report template engine. {@link #init()} relies on {@link #allocate()} to create the
 * template map; subclasses tune the allocation.
 */
public class C02TemplateEngine {

    private static final String FILE = "C02TemplateEngine.java";

    /** Templates by name, created by {@link #allocate()}. */
    protected Map<String, String> templates;

    /** Prepares the engine with the built-in header template. */
    public void init() {
        allocate();
        templates.putIfAbsent("header", "== %s =="); // BUG
    }

    /** Creates the template map; subclasses may pre-populate it. */
    protected void allocate() {
        templates = new HashMap<>();
    }

    public String render(String name, String arg) {
        String pattern = templates == null ? null : templates.get(name);
        return pattern == null ? arg : String.format(pattern, arg);
    }

    /** Engine for batch jobs; allocation waits until the first template is registered. */
    static final class LazyEngine extends C02TemplateEngine {
        @Override
        protected void allocate() {
            // deferred: register() creates the map on demand
        }

        void register(String name, String pattern) {
            if (templates == null) {
                super.allocate();
            }
            templates.put(name, pattern);
        }

        void registerAll(Map<String, String> patterns) {
            if (templates == null) {
                allocate();
            }
            templates.putAll(patterns); // BUG
        }
    }

    /** Engine for customer-facing reports; every page carries a footer. */
    static final class BrandedEngine extends C02TemplateEngine {
        @Override
        protected void allocate() {
            super.allocate();
            templates.put("footer", "-- %s --");
        }

        String page(String title) {
            init();
            return render("header", title) + " " + render("footer", title) + " (" + templates.size() + ")";
        }
    }

    public static void main(String[] args) {
        C02TemplateEngine plain = new C02TemplateEngine();
        plain.init();
        String out = plain.render("header", "Q3") + new BrandedEngine().page("Q3");
        LazyEngine lazy = new LazyEngine();
        lazy.register("row", "| %s |");
        lazy.registerAll(Map.of("cell", "[%s]"));
        out += lazy.render("row", "x") + lazy.render("cell", "y");
        System.out.println("safe: " + out);

        prove(FILE, 20, () -> new LazyEngine().init());
        prove(FILE, 51, () -> new LazyEngine().registerAll(Map.of("total", "%s")));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
