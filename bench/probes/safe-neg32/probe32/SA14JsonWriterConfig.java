package probe32;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Immutable-style configuration for a JSON writer (like Gson's FieldNamingStrategy or Jackson's
 * property renaming). Field renames are optional; copy-on-write helpers and equals/hashCode all
 * test the nullable map before using it.
 */
public class SA14JsonWriterConfig {

    private final boolean prettyPrint;
    private Map<String, String> renames; // null when no rename has been configured

    public SA14JsonWriterConfig(boolean prettyPrint) {
        this.prettyPrint = prettyPrint;
    }

    private SA14JsonWriterConfig(SA14JsonWriterConfig other) {
        this.prettyPrint = other.prettyPrint;
        this.renames = other.renames == null ? null : new HashMap<>(other.renames);
    }

    public SA14JsonWriterConfig withRename(String javaName, String jsonName) {
        SA14JsonWriterConfig copy = new SA14JsonWriterConfig(this);
        if (copy.renames == null) {
            copy.renames = new HashMap<>();
        }
        copy.renames.put(javaName, jsonName);
        return copy;
    }

    public SA14JsonWriterConfig withoutRenames() {
        SA14JsonWriterConfig copy = new SA14JsonWriterConfig(this);
        copy.renames = null;
        return copy;
    }

    public String jsonName(String javaName) {
        if (renames != null) {
            String renamed = renames.get(javaName);
            if (renamed != null) {
                return renamed;
            }
        }
        return javaName;
    }

    public String write(Map<String, Object> object) {
        StringJoiner joiner = prettyPrint ? new StringJoiner(",\n  ", "{\n  ", "\n}") : new StringJoiner(",", "{", "}");
        new TreeMap<>(object).forEach((k, v) -> {
            String value = v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
            joiner.add("\"" + jsonName(k) + "\":" + value);
        });
        return joiner.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SA14JsonWriterConfig)) {
            return false;
        }
        SA14JsonWriterConfig that = (SA14JsonWriterConfig) o;
        return prettyPrint == that.prettyPrint && Objects.equals(renames, that.renames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prettyPrint, renames);
    }

    @Override
    public String toString() {
        return "JsonWriterConfig{pretty=" + prettyPrint + ", renames=" + (renames == null ? "none" : new TreeMap<>(renames)) + "}";
    }

    public static void main(String[] args) {
        Map<String, Object> user = new HashMap<>();
        user.put("firstName", "Ada");
        user.put("age", 36);
        SA14JsonWriterConfig base = new SA14JsonWriterConfig(false);
        System.out.println(base + " -> " + base.write(user) + " name=" + base.jsonName("firstName"));
        SA14JsonWriterConfig snake = base.withRename("firstName", "first_name");
        System.out.println(snake + " -> " + snake.write(user));
        SA14JsonWriterConfig pretty = new SA14JsonWriterConfig(true).withRename("age", "years");
        System.out.println(pretty.write(user));
        SA14JsonWriterConfig stripped = snake.withoutRenames();
        System.out.println("stripped equals base: " + stripped.equals(base) + " hash equal: "
                + (stripped.hashCode() == base.hashCode()) + " snake equals base: " + snake.equals(base));
        System.out.println("stripped twice: " + stripped.withoutRenames() + " name=" + stripped.jsonName("firstName"));
        System.out.println("re-renamed: " + stripped.withRename("age", "a").write(user));
    }
}
