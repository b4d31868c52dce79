package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Static plugin registry for a text-processing CLI. The registry map is built
 * on first use by ensureInit(), which every public entry point calls first.
 */
public final class H15PluginRegistry {
    private static Map<String, UnaryOperator<String>> plugins; // null until first use
    private static int initCount;
    private static final List<String> log = new ArrayList<>();

    private H15PluginRegistry() {
    }

    private static void ensureInit() {
        if (plugins == null) {
            plugins = new HashMap<>();
            plugins.put("upper", s -> s.toUpperCase());
            plugins.put("trim", String::strip);
            initCount++;
        }
    }

    public static void register(String name, UnaryOperator<String> op) {
        ensureInit();
        plugins.put(name, op);
        log.add("register " + name);
    }

    public static boolean isRegistered(String name) {
        ensureInit();
        return plugins.containsKey(name);
    }

    public static String apply(String pipeline, String input) {
        String out = input;
        for (String step : pipeline.split("\\|")) {
            ensureInit(); // a plugin may have reset the registry while running
            UnaryOperator<String> op = plugins.get(step.strip());
            if (op == null) {
                throw new IllegalArgumentException("unknown plugin: " + step);
            }
            out = op.apply(out);
        }
        return out;
    }

    public static int size() {
        ensureInit();
        return plugins.size();
    }

    /** Drops all plugins; the next call re-creates the built-ins. */
    public static void resetForTests() {
        plugins = null;
        log.add("reset");
    }

    public static int initCount() {
        return initCount;
    }

    public static void main(String[] args) {
        resetForTests();
        assert size() == 2;
        assert isRegistered("upper");
        assert "HELLO".equals(apply("trim|upper", "  hello "));
        register("reverse", s -> new StringBuilder(s).reverse().toString());
        assert "CBA".equals(apply("reverse | upper", "abc"));
        boolean rejected = false;
        try {
            apply("nope", "x");
        } catch (IllegalArgumentException e) {
            rejected = true;
        }
        assert rejected;
        resetForTests();
        assert !isRegistered("reverse");
        resetForTests();
        register("dup", s -> s + s);
        assert "abab".equals(apply("dup", "ab"));
        assert size() == 3;
        assert initCount() == 3 : initCount();
        assert log.size() == 5;
        System.out.println("plugins=" + size() + " inits=" + initCount());
    }
}
