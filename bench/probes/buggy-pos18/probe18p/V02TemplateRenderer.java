package probe18p;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Mustache-like renderer; partial templates are parsed once when the renderer is built. */
public class V02TemplateRenderer {

    private static final Logger LOG = Logger.getLogger(V02TemplateRenderer.class.getName());

    private final String name;
    private LinkedHashMap<String, String> partials;
    private boolean degraded;

    public V02TemplateRenderer(String name, String partialSource) {
        this.name = name;
        try {
            this.partials = parsePartials(partialSource);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.FINE, "partials for " + name + " unusable, rendering without them", e);
            degraded = true;
        }
    }

    /** Source format: "header=<h1>{{title}}</h1>;footer=<hr/>". */
    static LinkedHashMap<String, String> parsePartials(String source) {
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        for (String entry : source.split(";")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad partial definition: " + entry);
            }
            result.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
        }
        return result;
    }

    public String render(String template, Map<String, String> model) {
        String out = template;
        int start;
        while ((start = out.indexOf("{{>")) >= 0) {
            int end = out.indexOf("}}", start);
            String partialName = out.substring(start + 3, end).trim();
            String body = partials.get(partialName); // BUG
            out = out.substring(0, start) + (body == null ? "" : body) + out.substring(end + 2);
        }
        for (Map.Entry<String, String> e : model.entrySet()) {
            out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return out;
    }

    public Set<String> partialNames() {
        return new TreeSet<>(partials.keySet()); // BUG
    }

    public String dump() {
        StringBuilder sb = new StringBuilder(name).append(degraded ? " (degraded)" : "").append('\n');
        if (partials == null) {
            return sb.append("  <no partials>\n").toString();
        }
        for (Map.Entry<String, String> e : partials.entrySet()) {
            sb.append("  ").append(e.getKey()).append(" -> ").append(e.getValue().length()).append(" chars\n");
        }
        return sb.toString();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V02TemplateRenderer.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V02TemplateRenderer.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        V02TemplateRenderer good = new V02TemplateRenderer("mail", "header=<h1>{{title}}</h1>;footer=<hr/>");
        System.out.println(good.render("{{> header}}body{{> footer}}", Map.of("title", "Hi")));
        System.out.println(good.partialNames() + "\n" + good.dump());

        String broken = "header=<h1>{{title}}</h1>;<hr/>";
        prove(48, () -> new V02TemplateRenderer("mail", broken).render("{{> header}}x", Map.of()));
        prove(58, () -> new V02TemplateRenderer("mail", broken).partialNames());
        System.out.print(new V02TemplateRenderer("mail", broken).dump());
    }
}
