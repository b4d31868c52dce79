package probe38;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plugin registry of an IDE. The descriptor map is built by {@link #scan(List)}
 * and thrown away by {@link #unloadAll()}; every reader starts with an early
 * {@code return} when nothing has been scanned. Single-threaded.
 */
public final class SH02PluginRegistry {

    public record Plugin(String id, String version, boolean enabled) { }

    private Map<String, Plugin> plugins; // null until scan(), null again after unloadAll()
    private int scans;

    /** Descriptors look like {@code id:version:enabled}; malformed entries are skipped. */
    public int scan(List<String> descriptors) {
        if (descriptors == null) {
            throw new IllegalArgumentException("descriptors");
        }
        Map<String, Plugin> found = new LinkedHashMap<>();
        for (String d : descriptors) {
            if (d == null) {
                continue;
            }
            String[] parts = d.split(":");
            if (parts.length != 3 || parts[0].isEmpty()) {
                continue;
            }
            found.put(parts[0], new Plugin(parts[0], parts[1], Boolean.parseBoolean(parts[2])));
        }
        plugins = found;
        scans++;
        return found.size();
    }

    public void unloadAll() {
        plugins = null;
    }

    public Plugin find(String id) {
        if (plugins == null) {
            return null;
        }
        return plugins.get(id);
    }

    public boolean enable(String id) {
        if (plugins == null) {
            return false;
        }
        Plugin p = plugins.get(id);
        if (p == null || p.enabled()) {
            return false;
        }
        plugins.put(id, new Plugin(p.id(), p.version(), true));
        return true;
    }

    public List<String> enabledIds() {
        if (plugins == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Plugin p : plugins.values()) {
            if (p.enabled()) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    public String describe() {
        if (plugins == null) {
            return "registry[unscanned, scans=" + scans + "]";
        }
        return "registry[" + plugins.size() + " plugins, scans=" + scans + "]";
    }

    public static void main(String[] args) {
        SH02PluginRegistry reg = new SH02PluginRegistry();
        // phase 1: before the map exists
        check(reg.find("git") == null, "nothing before scan");
        check(!reg.enable("git"), "cannot enable before scan");
        check(reg.enabledIds().isEmpty(), "no enabled ids before scan");
        check(reg.describe().contains("unscanned"), reg.describe());
        expect(IllegalArgumentException.class, () -> reg.scan(null));
        // phase 2: while it exists
        int n = reg.scan(Arrays.asList("git:1.2:true", "lint:0.9:false", "broken", null, ":x:y"));
        check(n == 2, "two plugins scanned, got " + n);
        check(reg.find("git").enabled(), "git enabled");
        check(reg.enable("lint") && !reg.enable("lint"), "enable lint once");
        check(reg.enabledIds().equals(List.of("git", "lint")), "enabled " + reg.enabledIds());
        check(!reg.enable("missing"), "unknown plugin");
        // phase 3: after it is dropped (twice)
        reg.unloadAll();
        reg.unloadAll();
        check(reg.find("git") == null && !reg.enable("git"), "nothing after unload");
        check(reg.enabledIds().isEmpty(), "no ids after unload");
        check(reg.describe().contains("scans=1"), reg.describe());
        // phase 4: created again
        check(reg.scan(List.of("fmt:2.0:false")) == 1, "rescan");
        check(reg.enabledIds().isEmpty() && reg.enable("fmt"), "fresh registry");
        System.out.println("SH02PluginRegistry OK " + reg.describe());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
