package probe39;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Plugin host of a text editor. A slot's export table is loaded on activation and dropped on
 * deactivation; the host's {@code active} set contains a plugin id exactly when that slot's table
 * is non-null ({@code activate} fills the table before adding the id, {@code deactivate} removes
 * the id before dropping it, {@code uninstall} deactivates first). Every use of a table is
 * preceded by {@code active.contains(id)} or iterates {@code active}.
 *
 * <p>This class is single-threaded: the editor manages plugins on its UI thread.
 */
public final class SI38PluginHost {
    private static final class Slot {
        HashMap<String, UnaryOperator<String>> exports; // non-null iff the host's active set has its id
    }

    private final Map<String, Slot> slots = new TreeMap<>();
    private final Set<String> active = new TreeSet<>();

    public boolean install(String id) {
        requireId(id);
        return slots.putIfAbsent(id, new Slot()) == null;
    }

    public void activate(String id) {
        Slot slot = slot(id);
        if (active.contains(id)) {
            return;
        }
        slot.exports = loadExports(id);
        active.add(id);
    }

    public void deactivate(String id) {
        Slot slot = slot(id);
        if (active.remove(id)) {
            slot.exports = null;
        }
    }

    public void uninstall(String id) {
        deactivate(id);
        slots.remove(id);
    }

    public String invoke(String id, String function, String input) {
        Slot slot = slot(id);
        if (function == null || input == null) {
            throw new IllegalArgumentException("function and input are required");
        }
        if (!active.contains(id)) {
            throw new IllegalStateException("plugin not active: " + id);
        }
        UnaryOperator<String> f = slot.exports.get(function);
        if (f == null) {
            throw new IllegalArgumentException(id + " exports no " + function);
        }
        return f.apply(input);
    }

    public List<String> exportedFunctions() {
        List<String> out = new ArrayList<>();
        for (String id : active) {
            for (String function : new TreeSet<>(slot(id).exports.keySet())) {
                out.add(id + "." + function);
            }
        }
        return out;
    }

    public boolean isActive(String id) {
        requireId(id);
        return active.contains(id);
    }

    private Slot slot(String id) {
        requireId(id);
        Slot slot = slots.get(id);
        if (slot == null) {
            throw new IllegalArgumentException("not installed: " + id);
        }
        return slot;
    }

    private static HashMap<String, UnaryOperator<String>> loadExports(String id) {
        HashMap<String, UnaryOperator<String>> exports = new HashMap<>();
        switch (id) {
            case "case" -> {
                exports.put("upper", s -> s.toUpperCase(Locale.ROOT));
                exports.put("lower", s -> s.toLowerCase(Locale.ROOT));
            }
            case "whitespace" -> {
                exports.put("trim", String::strip);
                exports.put("squeeze", s -> s.replaceAll("\\s+", " "));
            }
            default -> exports.put("echo", s -> s);
        }
        return exports;
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("plugin id must be non-blank");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI38PluginHost host = new SI38PluginHost();
        expect(IllegalArgumentException.class, () -> host.activate("case"));
        expect(IllegalArgumentException.class, () -> host.install(" "));
        check(host.install("case") && !host.install("case") && host.install("whitespace") && host.install("misc"), "installed");
        expect(IllegalStateException.class, () -> host.invoke("case", "upper", "x"));
        host.deactivate("case");
        check(host.exportedFunctions().isEmpty() && !host.isActive("case"), "nothing active");

        host.activate("case");
        host.activate("case");
        host.activate("whitespace");
        check(host.invoke("case", "upper", "abc").equals("ABC"), "upper");
        check(host.invoke("whitespace", "squeeze", "a   b").equals("a b"), "squeeze");
        expect(IllegalArgumentException.class, () -> host.invoke("case", "trim", "x"));
        expect(IllegalArgumentException.class, () -> host.invoke("case", null, "x"));
        check(host.exportedFunctions().equals(List.of("case.lower", "case.upper", "whitespace.squeeze",
                "whitespace.trim")), host.exportedFunctions().toString());

        host.deactivate("case");
        host.deactivate("case");
        expect(IllegalStateException.class, () -> host.invoke("case", "upper", "x"));
        check(host.exportedFunctions().size() == 2, "deactivated");
        host.uninstall("whitespace");
        expect(IllegalArgumentException.class, () -> host.invoke("whitespace", "trim", "x"));
        check(host.exportedFunctions().isEmpty(), "uninstalled while active");

        host.activate("misc");
        host.activate("case");
        check(host.invoke("misc", "echo", "hi").equals("hi") && host.invoke("case", "lower", "Q").equals("q"), "reactivated");
        System.out.println("OK SI38PluginHost");
    }
}
