package probe27;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Jackson-like immutable writer configuration: feature overrides and renames are null when unused. */
public final class F23SerializerConfig {
    public enum Feature {
        INDENT_OUTPUT(false), WRITE_NULLS(true), SORT_KEYS(false);

        final boolean enabledByDefault;

        Feature(boolean enabledByDefault) { this.enabledByDefault = enabledByDefault; }
    }

    private static final Map<Class<?>, String> TYPE_NAMES;

    static {
        Map<Class<?>, String> m = new HashMap<>();
        m.put(String.class, "string");
        m.put(Integer.class, "int");
        m.put(Long.class, "long");
        m.put(Boolean.class, "bool");
        TYPE_NAMES = Collections.unmodifiableMap(m);
    }

    private EnumMap<Feature, Boolean> overrides; // null = all defaults, so shared default configs stay tiny
    private Map<String, String> renames;         // null unless rename() was used

    private F23SerializerConfig copy() {
        F23SerializerConfig c = new F23SerializerConfig();
        c.overrides = overrides == null ? null : new EnumMap<>(overrides);
        c.renames = renames == null ? null : new LinkedHashMap<>(renames);
        return c;
    }

    public F23SerializerConfig with(Feature f, boolean enabled) {
        F23SerializerConfig c = copy();
        if (c.overrides == null) c.overrides = new EnumMap<>(Feature.class);
        c.overrides.put(f, enabled);
        return c;
    }

    public F23SerializerConfig rename(String property, String jsonName) {
        F23SerializerConfig c = copy();
        if (c.renames == null) c.renames = new LinkedHashMap<>();
        c.renames.put(property, jsonName);
        return c;
    }

    public boolean isEnabled(Feature f) {
        if (overrides == null) return f.enabledByDefault;
        Boolean b = overrides.get(f);
        return b != null ? b : f.enabledByDefault;
    }

    private EnumSet<Feature> enabledFeatures() {
        EnumSet<Feature> s = EnumSet.noneOf(Feature.class);
        for (Feature f : Feature.values()) if (isEnabled(f)) s.add(f);
        return s;
    }

    private String nameOf(String property) { return renames == null ? property : renames.getOrDefault(property, property); }

    public static String typeName(Object value) {
        return value == null ? "null" : TYPE_NAMES.getOrDefault(value.getClass(), "object");
    }

    public String write(Map<String, ?> bean) {
        Map<String, ?> source = isEnabled(Feature.SORT_KEYS) ? new TreeMap<>(bean) : bean;
        String sep = isEnabled(Feature.INDENT_OUTPUT) ? ",\n  " : ",";
        return source.entrySet().stream()
                .filter(e -> e.getValue() != null || isEnabled(Feature.WRITE_NULLS))
                .map(e -> "\"" + nameOf(e.getKey()) + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()))
                .collect(Collectors.joining(sep, isEnabled(Feature.INDENT_OUTPUT) ? "{\n  " : "{", isEnabled(Feature.INDENT_OUTPUT) ? "\n}" : "}"));
    }

    @Override public boolean equals(Object o) {
        return o instanceof F23SerializerConfig other && enabledFeatures().equals(other.enabledFeatures())
                && Objects.equals(renames == null ? Map.of() : renames, other.renames == null ? Map.of() : other.renames);
    }

    @Override public int hashCode() { return Objects.hash(enabledFeatures(), renames == null ? Map.of() : renames); }

    public static void main(String[] args) {
        F23SerializerConfig defaults = new F23SerializerConfig();
        Map<String, Object> bean = new LinkedHashMap<>();
        bean.put("name", "ann");
        bean.put("age", 41);
        bean.put("email", null);
        assert defaults.write(bean).equals("{\"name\":\"ann\",\"age\":41,\"email\":null}") : defaults.write(bean);
        F23SerializerConfig compact = defaults.with(Feature.WRITE_NULLS, false).with(Feature.SORT_KEYS, true);
        assert compact.write(bean).equals("{\"age\":41,\"name\":\"ann\"}") : compact.write(bean);
        F23SerializerConfig renamed = compact.rename("name", "fullName").with(Feature.INDENT_OUTPUT, true);
        assert renamed.write(bean).equals("{\n  \"age\":41,\n  \"fullName\":\"ann\"\n}") : renamed.write(bean);
        assert defaults.isEnabled(Feature.WRITE_NULLS) && !compact.isEnabled(Feature.WRITE_NULLS);

        F23SerializerConfig explicitDefaults = defaults.with(Feature.WRITE_NULLS, true);
        assert explicitDefaults.equals(defaults) && explicitDefaults.hashCode() == defaults.hashCode();
        assert !renamed.equals(compact) && !defaults.equals("config");
        assert defaults.rename("a", "a").equals(defaults.rename("a", "a"));
        assert typeName("x").equals("string") && typeName(1L).equals("long") && typeName(null).equals("null");
        assert typeName(2.5).equals("object");
        System.out.println("F23 ok");
    }
}
