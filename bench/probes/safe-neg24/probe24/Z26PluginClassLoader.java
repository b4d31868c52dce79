package probe24;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Class loading with per-class-name locks, modelled on {@code java.lang.ClassLoader}:
 * loaders registered as parallel capable get a lock map, the others lock on themselves.
 * The lock lookup starts from the fallback ({@code Object lock = this}) and only
 * consults the map when the loader has one.
 */
public class Z26PluginClassLoader {

    private static final Set<String> PARALLEL_CAPABLE = ConcurrentHashMap.newKeySet();

    private final String name;
    private final Map<String, String> definitions;
    private final ConcurrentHashMap<String, String> loaded = new ConcurrentHashMap<>();
    /** Class name to lock object; null unless this loader was registered as parallel capable. */
    private final ConcurrentHashMap<String, Object> parallelLockMap;

    static void registerAsParallelCapable(String loaderName) {
        PARALLEL_CAPABLE.add(loaderName);
    }

    public Z26PluginClassLoader(String name, Map<String, String> definitions) {
        this.name = name;
        this.definitions = Map.copyOf(definitions);
        this.parallelLockMap = PARALLEL_CAPABLE.contains(name) ? new ConcurrentHashMap<>() : null;
    }

    protected Object getClassLoadingLock(String className) {
        Object lock = this;
        if (parallelLockMap != null) {
            Object newLock = new Object();
            lock = parallelLockMap.putIfAbsent(className, newLock);
            if (lock == null) {
                lock = newLock;
            }
        }
        return lock;
    }

    /** "Defines" the class on first request; returns a description of the defined class. */
    public String loadClass(String className) {
        synchronized (getClassLoadingLock(className)) {
            String existing = loaded.get(className);
            if (existing != null) {
                return existing;
            }
            String bytes = definitions.get(className);
            String defined = bytes == null ? "NoClassDefFound:" + className : name + "/" + className + "[" + bytes.length() + "]";
            loaded.put(className, defined);
            return defined;
        }
    }

    public int lockCount() {
        int count = 0;
        if (parallelLockMap != null) {
            count = parallelLockMap.size();
        }
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        registerAsParallelCapable("plugins");
        Map<String, String> defs = Map.of("com.acme.Plugin", "CAFEBABE01", "com.acme.Util", "CAFEBABE");
        Z26PluginClassLoader plugins = new Z26PluginClassLoader("plugins", defs);
        Z26PluginClassLoader legacy = new Z26PluginClassLoader("legacy", defs);
        Thread t = new Thread(() -> plugins.loadClass("com.acme.Util"));
        t.start();
        for (Z26PluginClassLoader loader : new Z26PluginClassLoader[] {plugins, legacy}) {
            System.out.println(loader.loadClass("com.acme.Plugin") + " " + loader.loadClass("com.acme.Missing"));
        }
        t.join();
        System.out.println(plugins.loadClass("com.acme.Util") + " locks=" + plugins.lockCount() + "/" + legacy.lockCount());
    }
}
