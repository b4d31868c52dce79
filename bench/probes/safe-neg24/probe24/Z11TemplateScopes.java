package probe24;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variable resolution of a mustache-like template engine. Inside a {@code {{#with}}}
 * block the block's variables shadow the globals; outside a block there is no local map.
 * The lookups use labelled blocks ({@code name: { ... break name; }}) as structured gotos.
 */
public class Z11TemplateScopes {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");

    private final Map<String, String> globals;
    /** Variables of the current {{#with}} block; null outside such a block. */
    private Map<String, String> locals;

    public Z11TemplateScopes(Map<String, String> globals) {
        this.globals = new HashMap<>(globals);
    }

    public void enterBlock(Map<String, String> vars) {
        locals = new HashMap<>(vars);
    }

    public void exitBlock() {
        locals = null;
    }

    public String resolve(String name) {
        local: {
            if (locals == null) {
                break local;
            }
            String value = locals.get(name);
            if (value == null) {
                break local;
            }
            return value;
        }
        return globals.getOrDefault(name, "");
    }

    /** {{set}}: defines in the innermost scope. */
    public void define(String name, String value) {
        target: {
            if (locals == null) {
                break target;
            }
            locals.put(name, value);
            return;
        }
        globals.put(name, value);
    }

    public int localCount() {
        count: {
            if (locals == null) {
                break count;
            }
            return locals.size();
        }
        return 0;
    }

    public String render(String template) {
        Matcher m = VARIABLE.matcher(template);
        return m.replaceAll(r -> Matcher.quoteReplacement(resolve(r.group(1))));
    }

    public static void main(String[] args) {
        Z11TemplateScopes engine = new Z11TemplateScopes(Map.of("site", "Example", "user", "guest"));
        System.out.println(engine.render("Welcome to {{site}}, {{user}}! {{missing}}") + " " + engine.localCount());
        engine.define("year", "2024");
        engine.enterBlock(Map.of("user", "alice"));
        engine.define("role", "admin$");
        System.out.println(engine.render("{{user}} ({{role}}) on {{site}} in {{year}}") + " " + engine.localCount());
        engine.exitBlock();
        System.out.println(engine.render("{{user}} {{role}}") + " " + engine.localCount());
    }
}
