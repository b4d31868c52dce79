package probe32;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Variable scope for a mustache-like template renderer. Local variables are only allocated when
 * a template actually binds one; lookups fall back to an empty map through
 * Objects.requireNonNullElse, so the nullable field itself is never dereferenced.
 */
public class SA05TemplateContext {

    private final SA05TemplateContext parent;
    private Map<String, Object> locals; // null until the first bind(), null again after clear()

    public SA05TemplateContext(SA05TemplateContext parent) {
        this.parent = parent;
    }

    public SA05TemplateContext bind(String name, Object value) {
        Map<String, Object> target = Objects.requireNonNullElseGet(locals, HashMap::new);
        target.put(name, value);
        locals = target;
        return this;
    }

    public Object resolve(String name) {
        Map<String, Object> view = Objects.requireNonNullElse(locals, Collections.emptyMap());
        Object value = view.get(name);
        if (value == null && parent != null) {
            return parent.resolve(name);
        }
        return value;
    }

    public int localCount() {
        return Objects.requireNonNullElse(locals, Collections.<String, Object>emptyMap()).size();
    }

    public String render(String template) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int open = template.indexOf("{{", pos);
            if (open < 0) {
                out.append(template, pos, template.length());
                return out.toString();
            }
            int close = template.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("unterminated tag at " + open);
            }
            out.append(template, pos, open);
            Object v = resolve(template.substring(open + 2, close).trim());
            out.append(v == null ? "" : v);
            pos = close + 2;
        }
    }

    public void clear() {
        locals = null;
    }

    public static void main(String[] args) {
        SA05TemplateContext root = new SA05TemplateContext(null);
        SA05TemplateContext child = new SA05TemplateContext(root);
        System.out.println("empty: [" + child.render("Hi {{name}}!") + "] locals=" + child.localCount());
        root.bind("site", "example.org");
        child.bind("name", "Ada").bind("count", 3);
        System.out.println(child.render("Hello {{ name }} from {{site}}, {{count}} new"));
        System.out.println("locals=" + child.localCount() + " rootLocals=" + root.localCount());
        child.clear();
        System.out.println("cleared: " + child.render("{{name}}@{{site}}") + " locals=" + child.localCount());
        root.clear();
        root.clear();
        System.out.println("all cleared: [" + child.render("{{site}}") + "]");
        try {
            child.render("broken {{tag");
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
        child.bind("name", "Grace");
        System.out.println(child.render("again {{name}}"));
    }
}
