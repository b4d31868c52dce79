package probe37;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * IDE plugin host. The language-server registry belongs to the "lsp" plugin: it is created when
 * that plugin is loaded and dropped when it is unloaded. Its guard is another map: the registry
 * is non-null exactly when loadedPlugins.containsKey(LSP_PLUGIN).
 */
public class SG34PluginHost {

    static final class PluginHost {
        static final String LSP_PLUGIN = "lsp";

        private final Map<String, String> loadedPlugins = new LinkedHashMap<>(); // id -> version
        private HashMap<String, String> languageServers; // non-null exactly when LSP_PLUGIN is loaded

        public void load(String id, String version) {
            if (id == null || version == null) {
                throw new IllegalArgumentException("plugin id and version required");
            }
            if (loadedPlugins.containsKey(id)) {
                throw new IllegalStateException(id + " already loaded");
            }
            if (LSP_PLUGIN.equals(id)) {
                languageServers = new HashMap<>();
            }
            loadedPlugins.put(id, version);
        }

        public void registerServer(String language, String command) {
            if (!loadedPlugins.containsKey(LSP_PLUGIN)) {
                throw new IllegalStateException("the lsp plugin is not loaded");
            }
            if (language == null || command == null) {
                throw new IllegalArgumentException("language and command required");
            }
            languageServers.put(language, command);
        }

        public Optional<String> serverFor(String language) {
            if (!loadedPlugins.containsKey(LSP_PLUGIN)) {
                return Optional.empty();
            }
            return Optional.ofNullable(languageServers.get(language));
        }

        public int serverCount() {
            return loadedPlugins.containsKey(LSP_PLUGIN) ? languageServers.size() : 0;
        }

        public void unload(String id) {
            if (loadedPlugins.remove(id) == null) {
                throw new NoSuchElementException("plugin not loaded: " + id);
            }
            if (LSP_PLUGIN.equals(id)) {
                languageServers = null;
            }
        }

        public List<String> loaded() {
            return List.copyOf(loadedPlugins.keySet());
        }

        /** Idempotent. */
        public void unloadAll() {
            loadedPlugins.clear();
            languageServers = null;
        }
    }

    public static void main(String[] args) {
        PluginHost host = new PluginHost();

        // Phase 1: before the map exists (other plugins do not create it).
        host.load("git", "2.1");
        check(host.serverFor("java").isEmpty() && host.serverCount() == 0, "no lsp");
        expect(IllegalStateException.class, () -> host.registerServer("java", "jdtls"));
        expect(NoSuchElementException.class, () -> host.unload(PluginHost.LSP_PLUGIN));

        // Phase 2: while it exists.
        host.load(PluginHost.LSP_PLUGIN, "1.0");
        expect(IllegalStateException.class, () -> host.load(PluginHost.LSP_PLUGIN, "1.1"));
        host.registerServer("java", "jdtls");
        host.registerServer("rust", "rust-analyzer");
        expect(IllegalArgumentException.class, () -> host.registerServer("go", null));
        check(host.serverFor("rust").orElseThrow().equals("rust-analyzer") && host.serverFor("go").isEmpty(), "lookup");
        check(host.serverCount() == 2 && host.loaded().equals(List.of("git", "lsp")), "two servers");

        // Phase 3: after it has been dropped (twice: unload, then unloadAll).
        host.unload(PluginHost.LSP_PLUGIN);
        check(host.serverFor("java").isEmpty() && host.loaded().equals(List.of("git")), "lsp unloaded");
        expect(NoSuchElementException.class, () -> host.unload(PluginHost.LSP_PLUGIN));
        host.unloadAll();
        host.unloadAll();
        expect(IllegalStateException.class, () -> host.registerServer("java", "jdtls"));

        // Phase 4: after it has been created again.
        host.load(PluginHost.LSP_PLUGIN, "1.2");
        check(host.serverCount() == 0, "fresh registry");
        host.registerServer("python", "pyright");
        check(host.serverFor("python").orElseThrow().equals("pyright"), "python server");
        host.unloadAll();
        System.out.println("SG34PluginHost ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
