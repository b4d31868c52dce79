package probe33;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plugin registry in the style of an IDE/extension host. Plugins are kept in a sorted map
 * that is only created when the first plugin is installed and dropped on {@link #unloadAll()}.
 * Every accessor bails out early when nothing is installed.
 */
public class SC07PluginRegistry {

    public interface Plugin {
        String id();

        String version();

        default String describe() {
            return id() + "@" + version();
        }
    }

    record SimplePlugin(String id, String version) implements Plugin {
    }

    private Map<String, Plugin> plugins;
    private int unloadCount;

    public void install(Plugin p) {
        if (p.id().contains(" ")) {
            throw new IllegalArgumentException("bad plugin id: " + p.id());
        }
        if (plugins == null) {
            plugins = new TreeMap<>();
        }
        Plugin previous = plugins.putIfAbsent(p.id(), p);
        if (previous != null) {
            throw new IllegalStateException("already installed: " + previous.describe());
        }
    }

    public Plugin find(String id) {
        if (plugins == null) {
            return null;
        }
        return plugins.get(id);
    }

    public List<String> describeAll() {
        List<String> out = new ArrayList<>();
        if (plugins == null) {
            return out;
        }
        for (Plugin p : plugins.values()) {
            out.add(p.describe());
        }
        return out;
    }

    public boolean uninstall(String id) {
        if (plugins == null) {
            return false;
        }
        boolean removed = plugins.remove(id) != null;
        if (plugins.isEmpty()) {
            plugins = null;
        }
        return removed;
    }

    public int unloadAll() {
        unloadCount++;
        if (plugins == null) {
            return 0;
        }
        int n = plugins.size();
        plugins = null;
        return n;
    }

    public int unloadCount() {
        return unloadCount;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC07PluginRegistry reg = new SC07PluginRegistry();
        check(reg.find("git") == null, "none");
        check(reg.describeAll().isEmpty(), "none described");
        check(!reg.uninstall("git"), "nothing to uninstall");
        check(reg.unloadAll() == 0, "nothing to unload");

        reg.install(new SimplePlugin("git", "1.2"));
        reg.install(new SimplePlugin("docker", "0.9"));
        try {
            reg.install(new SimplePlugin("git", "2.0"));
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        try {
            reg.install(new SimplePlugin("bad id", "1"));
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        check(reg.find("git").version().equals("1.2"), "git found");
        check(reg.describeAll().equals(List.of("docker@0.9", "git@1.2")), "sorted");
        check(reg.uninstall("docker") && !reg.uninstall("docker"), "uninstall docker");
        check(reg.uninstall("git"), "last plugin removed, map dropped");
        check(reg.find("git") == null && reg.describeAll().isEmpty(), "empty after last uninstall");

        reg.install(new SimplePlugin("maven", "3"));
        check(reg.unloadAll() == 1, "unload 1");
        check(reg.unloadAll() == 0, "unload again");
        check(reg.find("maven") == null && !reg.uninstall("maven") && reg.describeAll().isEmpty(), "dropped");

        reg.install(new SimplePlugin("gradle", "8"));
        check(reg.find("gradle") != null && reg.describeAll().size() == 1, "recreated");
        check(reg.unloadCount() == 3, "unload count");
        System.out.println("SC07 ok " + reg.describeAll());
    }
}
