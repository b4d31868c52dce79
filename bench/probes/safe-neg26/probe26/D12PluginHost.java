package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plugin host of an editor. Both registries are created on first write; plugins are called
 * back only after the host has finished touching its own tables, so a plugin that unloads
 * everything from inside a callback cannot leave the host mid-update.
 */
public final class D12PluginHost {

    public interface Plugin {
        String name();

        void onLoad(D12PluginHost host);

        void onUnload();

        String handle(String command);
    }

    private Map<String, Plugin> loaded;         // null until the first plugin loads
    private Map<String, String> commandOwners;  // command -> plugin name, null until the first registration
    private final List<String> events = new ArrayList<>();

    public boolean load(Plugin p) {
        String name = p.name();
        if (loaded == null) {
            loaded = new LinkedHashMap<>();
        }
        if (loaded.containsKey(name)) {
            return false;
        }
        loaded.put(name, p);
        events.add("load " + name);
        p.onLoad(this);
        return true;
    }

    public void registerCommand(String command, String pluginName) {
        if (commandOwners == null) {
            commandOwners = new HashMap<>();
        }
        commandOwners.put(command, pluginName);
    }

    public String dispatch(String command) {
        String owner = commandOwners == null ? null : commandOwners.get(command);
        if (owner == null) {
            return "unknown command: " + command;
        }
        Plugin p = loaded != null ? loaded.get(owner) : null;
        return p == null ? "plugin not loaded: " + owner : p.handle(command);
    }

    public boolean unload(String name) {
        if (loaded == null) {
            return false;
        }
        Plugin p = loaded.remove(name);
        if (p == null) {
            return false;
        }
        if (commandOwners != null) {
            commandOwners.values().removeIf(name::equals);
        }
        events.add("unload " + name);
        p.onUnload();
        return true;
    }

    public void unloadAll() {
        Map<String, Plugin> old = loaded;
        loaded = null;
        commandOwners = null;
        if (old == null) {
            return;
        }
        for (Plugin p : old.values()) {
            events.add("unload " + p.name());
            p.onUnload();
        }
    }

    public List<String> pluginNames() {
        return loaded == null ? List.of() : List.copyOf(loaded.keySet());
    }

    public List<String> events() {
        return List.copyOf(events);
    }

    private static Plugin simple(String name, String command, boolean unloadAllOnLoad) {
        return new Plugin() {
            @Override public String name() { return name; }
            @Override public void onLoad(D12PluginHost host) {
                host.registerCommand(command, name);
                if (unloadAllOnLoad) {
                    host.unloadAll();
                }
            }
            @Override public void onUnload() { }
            @Override public String handle(String c) { return name + " handled " + c; }
        };
    }

    public static void main(String[] args) {
        D12PluginHost host = new D12PluginHost();
        System.out.println(host.dispatch("fmt") + " | " + host.unload("x") + " " + host.pluginNames());
        host.unloadAll();
        host.registerCommand("orphan", "ghost");
        System.out.println(host.dispatch("orphan"));
        System.out.println(host.load(simple("formatter", "fmt", false)) + " " + host.load(simple("formatter", "fmt", false)));
        System.out.println(host.load(simple("linter", "lint", false)) + " " + host.dispatch("fmt") + " | " + host.dispatch("lint"));
        System.out.println(host.unload("linter") + " " + host.dispatch("lint") + " " + host.pluginNames());
        System.out.println(host.load(simple("chaos", "boom", true)) + " " + host.pluginNames() + " " + host.dispatch("boom"));
        System.out.println(host.events());
    }
}
