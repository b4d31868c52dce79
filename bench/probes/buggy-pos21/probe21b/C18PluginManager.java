package probe21b;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Discovers editor plugins on the class path and tracks their activations. */
public final class C18PluginManager {

    private static final String FILE = "C18PluginManager.java";

    /** Discovered plugins by id, with their version; {@code null} before discovery. */
    private static ConcurrentMap<String, String> discovered;
    /** Activations per plugin id; {@code null} until the first activation. */
    private static ConcurrentMap<String, Integer> activations;

    static Map<String, String> plugins() {
        return discovered == null ? Collections.emptyMap() : discovered;
    }

    static void discover(String... ids) {
        discovered = new ConcurrentHashMap<>();
        for (String id : ids) {
            discovered.put(id, "1.0");
        }
    }

    /** Forgets everything, as on an editor restart. */
    static void reset() {
        discovered = null;
        activations = null;
    }

    static void activate(String id) {
        if (activations == null) {
            activations = new ConcurrentHashMap<>();
        }
        activations.merge(id, 1, Integer::sum);
    }

    /** Activates every discovered plugin and returns "id@version" for each. */
    static List<String> activateAll() {
        List<String> out = new ArrayList<>();
        for (String id : plugins().keySet()) {
            activate(id);
            out.add(id + "@" + discovered.get(id));
        }
        return out;
    }

    /** Activation counts of the discovered plugins. */
    static List<String> activationReport() {
        List<String> out = new ArrayList<>();
        for (String id : plugins().keySet()) {
            out.add(id + " x" + activations.getOrDefault(id, 0)); // BUG
        }
        return out;
    }

    /** Upgrades those of the given plugins that are installed. */
    static void upgradeInstalled(List<String> ids, String version) {
        for (String id : ids) {
            if (plugins().containsKey(id)) {
                discovered.replace(id, version);
            }
        }
    }

    /** Upgrades the given plugins, installing the ones that are missing. */
    static void upgradeAll(List<String> ids, String version) {
        for (String id : ids) {
            discovered.put(id, version); // BUG
        }
    }

    public static void main(String[] args) {
        reset();
        discover("git", "lint");
        List<String> out = new ArrayList<>(activateAll());
        out.addAll(activationReport());
        upgradeInstalled(List.of("git", "spell"), "2.0");
        upgradeAll(List.of("fmt"), "1.1");
        out.addAll(activationReport());
        reset();
        out.addAll(activateAll());
        out.addAll(activationReport());
        upgradeInstalled(List.of("git"), "3.0");
        upgradeAll(List.of(), "3.0");
        System.out.println("safe: " + out);

        prove(FILE, 58, () -> {
            reset();
            discover("git");
            activationReport();
        });
        prove(FILE, 75, () -> {
            reset();
            upgradeAll(List.of("git"), "2.0");
        });
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
