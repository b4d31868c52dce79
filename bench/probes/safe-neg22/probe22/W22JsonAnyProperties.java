package probe22;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jackson {@code @JsonAnySetter}-style document: unknown properties are kept in a map that exists
 * only if the input had any. Serialization hands the map to a private static writer, but only
 * after testing the field.
 */
public class W22JsonAnyProperties {

    /** A mutable data object; not thread-safe. */
    public static final class ProductDocument {
        private String id;
        private String name;
        private Map<String, Object> unknown; // null unless unknown properties were seen

        /** Called by the (hand-rolled) deserializer for every property. */
        public void set(String property, Object value) {
            switch (property) {
                case "id" -> id = String.valueOf(value);
                case "name" -> name = value == null ? null : value.toString();
                default -> {
                    if (unknown == null) {
                        unknown = new LinkedHashMap<>();
                    }
                    unknown.put(property, value);
                }
            }
        }

        public Object any(String property) {
            if (unknown != null) {
                return unknown.get(property);
            }
            return null;
        }

        public void discardUnknown() {
            unknown = null;
        }

        public String toJson() {
            StringBuilder sb = new StringBuilder("{");
            appendField(sb, "id", id, true);
            appendField(sb, "name", name, false);
            if (unknown != null) {
                appendAll(sb, unknown);
            }
            return sb.append('}').toString();
        }

        private static void appendAll(StringBuilder sb, Map<String, Object> extra) {
            for (Map.Entry<String, Object> e : extra.entrySet()) {
                appendField(sb, e.getKey(), e.getValue(), false);
            }
        }

        private static void appendField(StringBuilder sb, String key, Object value, boolean first) {
            if (!first) {
                sb.append(',');
            }
            sb.append('"').append(key).append("\":");
            if (value == null || value instanceof Number || value instanceof Boolean) {
                sb.append(value);
            } else {
                sb.append('"').append(value.toString().replace("\"", "\\\"")).append('"');
            }
        }
    }

    static ProductDocument parse(Object[][] properties) {
        ProductDocument doc = new ProductDocument();
        for (Object[] p : properties) {
            doc.set((String) p[0], p[1]);
        }
        return doc;
    }

    public static void main(String[] args) {
        ProductDocument known = parse(new Object[][] {{"id", 7}, {"name", "Kettle"}});
        System.out.println(known.toJson() + " color=" + known.any("color"));

        ProductDocument extended = parse(new Object[][] {
            {"id", "sku-9"}, {"name", "Lamp \"XL\""}, {"color", "red"}, {"weightKg", 1.5}, {"fragile", true}, {"note", null}});
        System.out.println(extended.toJson() + " color=" + extended.any("color"));

        extended.discardUnknown();
        System.out.println(extended.toJson() + " color=" + extended.any("color"));
    }
}
