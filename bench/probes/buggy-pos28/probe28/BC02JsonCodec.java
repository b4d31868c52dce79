package probe28;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minimal JSON object codec modelled on Jackson's ObjectMapper: encodes flat maps
 * and decodes "k=v" pair lists into ordered or sorted objects.
 */
public class BC02JsonCodec {

    private static Map<Character, String> ESCAPES = defaultEscapes();

    private final boolean sortKeys;
    private final boolean preserveOrder;
    private final Map<String, String> renames = new HashMap<>();

    public BC02JsonCodec(boolean sortKeys, boolean preserveOrder) {
        this.sortKeys = sortKeys;
        this.preserveOrder = preserveOrder;
    }

    private static Map<Character, String> defaultEscapes() {
        Map<Character, String> m = new HashMap<>();
        m.put('"', "\\\"");
        m.put('\\', "\\\\");
        m.put('\n', "\\n");
        m.put('\t', "\\t");
        return m;
    }

    /** Drops the shared escape table, e.g. when a module is unloaded. */
    public static void resetDefaults() {
        ESCAPES = null;
    }

    public static void installDefaults() {
        if (ESCAPES == null) {
            ESCAPES = defaultEscapes();
        }
    }

    public BC02JsonCodec rename(String from, String to) {
        renames.put(from, to);
        return this;
    }

    static String quote(String raw) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            String esc = ESCAPES.get(c);
            sb.append(esc != null ? esc : String.valueOf(c));
        }
        return sb.append('"').toString();
    }

    static String quoteLenient(String raw) {
        Map<Character, String> table = ESCAPES;
        if (table == null) {
            return "\"" + raw + "\"";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            sb.append(table.getOrDefault(c, String.valueOf(c)));
        }
        return sb.append('"').toString();
    }

    public String encode(Map<String, ?> object) {
        Map<String, ?> view = sortKeys ? new TreeMap<>(object) : object;
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, ?> e : view.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            String key = renames.getOrDefault(e.getKey(), e.getKey());
            Object v = e.getValue();
            sb.append(quote(key)).append(':');
            sb.append(v instanceof Number || v instanceof Boolean ? String.valueOf(v) : quote(String.valueOf(v)));
        }
        return sb.append('}').toString();
    }

    public Map<String, Object> decodePairs(List<String> pairs, boolean strict) {
        Map<String, Object> target = null;
        if (strict || sortKeys) {
            target = new TreeMap<>();
        } else if (preserveOrder) {
            target = new LinkedHashMap<>();
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            Object value = eq < 0 ? Boolean.TRUE : parseScalar(pair.substring(eq + 1));
            target.put(renames.getOrDefault(key, key), value);
        }
        return target;
    }

    public Map<String, Object> decodePairsOrEmpty(List<String> pairs) {
        Map<String, Object> target = preserveOrder ? new LinkedHashMap<>() : null;
        if (target == null) {
            target = new HashMap<>();
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            target.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return target;
    }

    private static Object parseScalar(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException notNumber) {
            return s;
        }
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC02JsonCodec.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC02JsonCodec.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC02JsonCodec sorted = new BC02JsonCodec(true, false).rename("id", "_id");
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", 7);
        doc.put("name", "a \"quoted\"\nline");
        System.out.println(sorted.encode(doc));
        System.out.println(sorted.decodePairs(List.of("b=2", "a=x", "flag"), false));
        BC02JsonCodec ordered = new BC02JsonCodec(false, true);
        System.out.println(ordered.decodePairs(List.of("z=1", "y=2"), false));
        System.out.println(new BC02JsonCodec(false, false).decodePairsOrEmpty(List.of("q=1")));
        resetDefaults();
        System.out.println(quoteLenient("after reset"));
        installDefaults();
        System.out.println(quote("re\tinstalled"));

        BC02JsonCodec plain = new BC02JsonCodec(false, false);
        expectNpe("decode with no target map", 98, () -> plain.decodePairs(List.of("k=v"), false));
        resetDefaults();
        expectNpe("quote after reset", 54, () -> quote("boom"));
    }
}
