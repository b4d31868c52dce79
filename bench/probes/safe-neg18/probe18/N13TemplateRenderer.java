package probe18;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable ${name} placeholder renderer for e-mail templates, constructed through a builder. */
public final class N13TemplateRenderer {
    private final String template;
    private final Map<String, String> variables;

    private N13TemplateRenderer(Builder b) {
        this.template = b.template;
        this.variables = b.vars == null
                ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.vars));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String template = "";
        private Map<String, String> vars;

        public Builder template(String t) {
            this.template = t == null ? "" : t;
            return this;
        }

        public Builder set(String key, String value) {
            if (vars == null) {
                vars = new LinkedHashMap<>();
            }
            vars.put(key, value);
            return this;
        }

        public Builder setAll(Map<String, String> values) {
            values.forEach(this::set);
            return this;
        }

        public Builder unset(String key) {
            if (vars != null) {
                vars.remove(key);
            }
            return this;
        }

        public N13TemplateRenderer build() {
            return new N13TemplateRenderer(this);
        }
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int start = template.indexOf("${", i);
            int end = start < 0 ? -1 : template.indexOf('}', start);
            if (start < 0 || end < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, start);
            String name = template.substring(start + 2, end);
            String value = variables.get(name);
            out.append(value == null ? "${" + name + "}" : value);
            i = end + 1;
        }
        return out.toString();
    }

    public Builder toBuilder() {
        Builder b = builder().template(template);
        variables.forEach(b::set);
        return b;
    }

    public static void main(String[] args) {
        System.out.println("[" + builder().build().render() + "]");
        System.out.println(builder().unset("x").template("Hi ${user}").build().render());
        N13TemplateRenderer welcome = builder().template("Hello ${user}, your code is ${code}.")
                .set("user", "Dana").setAll(Map.of("code", "X1")).build();
        System.out.println(welcome.render());
        System.out.println(welcome.toBuilder().set("user", "Eli").unset("code").build().render());
        System.out.println(builder().template(null).build().toBuilder().build().render().isEmpty());
    }
}
