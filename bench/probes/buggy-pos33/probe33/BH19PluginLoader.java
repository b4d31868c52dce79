package probe33;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public class BH19PluginLoader {
    enum Stage {
        BOOT(new TreeMap<>(Map.of("core", 0, "log", 1))),
        RUNTIME(new TreeMap<>(Map.of("ui", 2, "net", 1))),
        SHUTDOWN(null);

        final TreeMap<String, Integer> order;

        Stage(TreeMap<String, Integer> order) {
            this.order = order;
        }
    }

    interface ServiceLocator {
        Object locate(String name);
    }

    private Properties manifest;
    private Map<String, Object> services;
    private final ServiceLocator locator = new ServiceLocator() {
        @Override
        public Object locate(String name) {
            return services.get(name);
        }
    };

    BH19PluginLoader(String manifestText) {
        try {
            this.manifest = parseManifest(manifestText);
            this.services = new HashMap<>();
        } catch (IOException e) {
            this.manifest = new Properties();
        }
    }

    private static Properties parseManifest(String text) throws IOException {
        if (!text.contains("=")) {
            throw new IOException("malformed manifest");
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    List<String> orderedFor(Stage stage) {
        return new ArrayList<>(stage.order.keySet());
    }

    public static final class PluginDescriptor {
        String id;
        Map<String, String> exports;
        final Map<String, String> settings = new HashMap<>();

        public PluginDescriptor() {
        }

        PluginDescriptor(String id, Map<String, String> exports) {
            this.id = id;
            this.exports = new HashMap<>(exports);
        }

        static PluginDescriptor instantiate(String id) throws ReflectiveOperationException {
            PluginDescriptor d = PluginDescriptor.class.getDeclaredConstructor().newInstance();
            d.id = id;
            d.settings.put("source", "reflection");
            return d;
        }
    }

    String exportOf(PluginDescriptor d, String symbol) {
        return d.exports.get(symbol);
    }

    boolean exports(PluginDescriptor d, String symbol) {
        Map<String, String> e = d.exports;
        return e != null && e.containsKey(symbol);
    }

    void register(String name, Object service) {
        Map<String, Object> s = services;
        if (s != null) {
            s.put(name, service);
        }
    }

    Object lookup(String name) {
        return locator.locate(name);
    }

    String version() {
        return manifest.getProperty("version", "0");
    }

    public static void main(String[] args) throws Exception {
        BH19PluginLoader loader = new BH19PluginLoader("name=demo\nversion=2");
        loader.register("clock", "system-clock");
        System.out.println(loader.lookup("clock") + " " + loader.version() + " " + loader.orderedFor(Stage.BOOT));
        PluginDescriptor http = new PluginDescriptor("http", Map.of("client", "HttpClient"));
        System.out.println(http.id + " " + loader.exportOf(http, "client") + " " + loader.exports(http, "server"));
        PluginDescriptor dynamic = PluginDescriptor.instantiate("dynamic");
        BH19PluginLoader broken = new BH19PluginLoader("garbage");
        broken.register("clock", "x");
        System.out.println(loader.exports(dynamic, "client") + " " + broken.version() + " " + dynamic.settings);
        System.out.println(loader.orderedFor(Stage.RUNTIME) + " " + dynamic.id);

        expect(83, () -> loader.exportOf(dynamic, "client"));
        expect(35, () -> broken.lookup("clock"));
        expect(58, () -> loader.orderedFor(Stage.SHUTDOWN));
    }

    private static final String FILE = "BH19PluginLoader.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
