package probe18;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads named plugins for an application host, initialises them and allows reloading. */
public final class N26PluginRegistry {

    public static final class Plugin {
        private final String name;
        private boolean initialised;

        Plugin(String name) {
            this.name = name;
        }

        void init() {
            initialised = true;
        }

        @Override
        public String toString() {
            return name + (initialised ? "[up]" : "[down]");
        }
    }

    private Map<String, Plugin> plugins;
    private int generation;

    public void loadAll(List<String> names) {
        plugins = new LinkedHashMap<>();
        names.forEach(n -> plugins.putIfAbsent(n, new Plugin(n)));
        plugins.values().forEach(Plugin::init);
        generation++;
    }

    public Optional<Plugin> find(String name) {
        return plugins == null ? Optional.empty() : Optional.ofNullable(plugins.get(name));
    }

    public void reload() {
        List<String> names = plugins == null ? List.of() : new ArrayList<>(plugins.keySet());
        loadAll(names);
    }

    public void unloadAll() {
        plugins = null;
    }

    public String status() {
        if (plugins == null) {
            return "gen " + generation + ": none";
        }
        return "gen " + generation + ": " + plugins.values();
    }

    public static void main(String[] args) {
        N26PluginRegistry reg = new N26PluginRegistry();
        System.out.println(reg.status() + " " + reg.find("auth"));
        reg.reload();
        System.out.println(reg.status());
        reg.loadAll(List.of("auth", "metrics", "auth"));
        System.out.println(reg.status() + " " + reg.find("metrics"));
        reg.unloadAll();
        reg.unloadAll();
        System.out.println(reg.status() + " " + reg.find("metrics"));
        reg.loadAll(List.of("cache"));
        reg.reload();
        System.out.println(reg.status());
    }
}
