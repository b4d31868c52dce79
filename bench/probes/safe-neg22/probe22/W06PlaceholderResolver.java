package probe22;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves {@code ${name}} and {@code ${name:default}} placeholders. Variables are optional:
 * when none were supplied every use site substitutes an empty map with
 * {@link Objects#requireNonNullElse}.
 */
public class W06PlaceholderResolver {

    /** Not thread-safe; build one per template engine instance. */
    public static final class PlaceholderResolver {
        private static final Map<String, String> NONE = Collections.emptyMap();

        private Map<String, String> variables; // null when no variables were supplied
        private boolean ignoreUnresolvable = true;

        public void setVariables(Map<String, String> vars) {
            this.variables = vars == null ? null : new HashMap<>(vars);
        }

        public void setIgnoreUnresolvable(boolean ignore) {
            this.ignoreUnresolvable = ignore;
        }

        public boolean isDefined(String name) {
            return Objects.requireNonNullElse(variables, NONE).containsKey(name);
        }

        public int variableCount() {
            return Objects.requireNonNullElse(variables, NONE).size();
        }

        public String resolve(String text) {
            Map<String, String> vars = Objects.requireNonNullElse(variables, NONE);
            StringBuilder out = new StringBuilder(text.length());
            int pos = 0;
            while (pos < text.length()) {
                int start = text.indexOf("${", pos);
                int end = start < 0 ? -1 : text.indexOf('}', start);
                if (start < 0 || end < 0) {
                    out.append(text, pos, text.length());
                    break;
                }
                out.append(text, pos, start);
                String expr = text.substring(start + 2, end);
                int colon = expr.indexOf(':');
                String name = colon < 0 ? expr : expr.substring(0, colon);
                String value = vars.get(name);
                if (value == null && colon >= 0) {
                    value = expr.substring(colon + 1);
                }
                if (value == null) {
                    if (!ignoreUnresolvable) {
                        throw new IllegalArgumentException("Could not resolve placeholder '" + name + "'");
                    }
                    value = "${" + expr + "}";
                }
                out.append(value);
                pos = end + 1;
            }
            return out.toString();
        }

        public void clearVariables() {
            variables = null;
        }
    }

    public static void main(String[] args) {
        PlaceholderResolver r = new PlaceholderResolver();
        String template = "jdbc:postgresql://${db.host:localhost}:${db.port:5432}/${db.name}";
        System.out.println(r.resolve(template) + " defined=" + r.isDefined("db.name") + " count=" + r.variableCount());

        r.setVariables(Map.of("db.host", "pg-primary", "db.name", "orders"));
        System.out.println(r.resolve(template) + " defined=" + r.isDefined("db.name") + " count=" + r.variableCount());
        System.out.println(r.isDefined(null));

        r.setVariables(null);
        System.out.println(r.resolve("plain text, no placeholders") + " " + r.variableCount());

        r.setVariables(Map.of("x", "1"));
        r.clearVariables();
        System.out.println(r.resolve("${x:0}") + " " + r.isDefined("x"));
    }
}
