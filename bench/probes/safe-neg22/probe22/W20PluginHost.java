package probe22;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plugin host interface whose default methods work on a nullable accessor
 * ({@code pluginsOrNull()}); the implementation keeps a map that is null before discovery and
 * after unloading.
 */
public class W20PluginHost {

    public interface Plugin {
        String id();

        boolean enabled();

        String version();
    }

    public interface PluginHost {
        /** The discovered plugins, or {@code null} if discovery has not run. */
        Map<String, Plugin> pluginsOrNull();

        default Optional<Plugin> find(String id) {
            Map<String, Plugin> plugins = pluginsOrNull();
            return plugins == null ? Optional.empty() : Optional.ofNullable(plugins.get(id));
        }

        default int pluginCount() {
            Map<String, Plugin> plugins = pluginsOrNull();
            return plugins == null ? 0 : plugins.size();
        }

        default List<String> describe() {
            Map<String, Plugin> plugins = pluginsOrNull();
            List<String> lines = new ArrayList<>();
            if (plugins != null) {
                plugins.values().forEach(p -> lines.add(p.id() + "@" + p.version()));
            }
            return lines;
        }
    }

    /** Not thread-safe; discovery and unloading happen on the host's startup thread. */
    public static final class DefaultPluginHost implements PluginHost {
        private Map<String, Plugin> plugins; // null before discover() and after unloadAll()

        public void discover(Iterable<? extends Plugin> candidates) {
            Map<String, Plugin> found = new TreeMap<>();
            for (Plugin p : candidates) {
                if (p.enabled()) {
                    found.merge(p.id(), p, (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b);
                }
            }
            plugins = found;
        }

        public boolean isLoaded(String id) {
            return plugins != null && plugins.containsKey(id);
        }

        public void unloadAll() {
            plugins = null;
        }

        @Override
        public Map<String, Plugin> pluginsOrNull() {
            return plugins == null ? null : Collections.unmodifiableMap(plugins);
        }
    }

    record SimplePlugin(String id, boolean enabled, String version) implements Plugin {
    }

    public static void main(String[] args) {
        DefaultPluginHost host = new DefaultPluginHost();
        System.out.println(host.find("metrics") + " " + host.pluginCount() + " " + host.describe() + " " + host.isLoaded("metrics"));

        host.discover(List.of(
                new SimplePlugin("metrics", true, "1.2"),
                new SimplePlugin("metrics", true, "1.4"),
                new SimplePlugin("tracing", false, "0.9"),
                new SimplePlugin("audit", true, "2.0")));
        System.out.println(host.find("metrics").map(Plugin::version).orElse("-") + " " + host.pluginCount()
                + " " + host.describe() + " tracing=" + host.isLoaded("tracing"));

        host.unloadAll();
        System.out.println(host.find("audit") + " " + host.pluginCount() + " " + host.describe() + " " + host.isLoaded("audit"));
    }
}
