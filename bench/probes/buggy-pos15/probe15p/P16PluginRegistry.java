package probe15p;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

public class P16PluginRegistry {
    record Plugin(String name, String version) {}

    private final Map<String, List<String>> manifestsByDir = new HashMap<>();
    private Map<String, Plugin> plugins = new ConcurrentHashMap<>();
    private String activeDir;

    public void addManifestDirectory(String dir, List<String> manifests) {
        manifestsByDir.put(dir, manifests);
    }

    public void reload(String dir) {
        unloadAll();
        plugins = scan(dir);
        activeDir = dir;
    }

    private void unloadAll() {
        if (plugins != null) {
            plugins.values().forEach(p -> System.out.println("unloading " + p.name() + "@" + p.version()));
        }
        plugins = null;
    }

    private Map<String, Plugin> scan(String dir) {
        List<String> manifests = manifestsByDir.get(dir);
        if (manifests == null) throw new IllegalStateException("plugin directory missing: " + dir);
        Map<String, Plugin> found = new ConcurrentHashMap<>();
        for (String manifest : manifests) {
            String[] parts = manifest.split("@");
            found.put(parts[0], new Plugin(parts[0], parts.length > 1 ? parts[1] : "0.0.0"));
        }
        return found;
    }

    public Optional<Plugin> find(String name) {
        return Optional.ofNullable(plugins.get(name)); // BUG
    }

    public SortedSet<String> names() {
        return new TreeSet<>(plugins.keySet()); // BUG
    }

    public String status() {
        return (activeDir == null ? "<none>" : activeDir) + " loaded=" + (plugins == null ? 0 : plugins.size());
    }

    public static void main(String[] args) {
        P16PluginRegistry registry = new P16PluginRegistry();
        registry.addManifestDirectory("/opt/app/plugins", List.of("csv-export@1.2", "ldap-auth@3.0", "audit"));
        registry.reload("/opt/app/plugins");
        System.out.println(registry.find("ldap-auth") + " " + registry.names() + " " + registry.status());

        try {
            registry.reload("/opt/app/plugins-next");
        } catch (IllegalStateException e) {
            System.err.println("reload failed: " + e.getMessage());
        }
        System.out.println(registry.status());
        prove(() -> registry.find("csv-export"));
        prove(() -> registry.names());
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
