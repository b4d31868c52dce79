package probe23b;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Plugin host; init() throws on a malformed descriptor before the plugin map is assigned. */
public class G12PluginLoader {
    private static final String FILE = "G12PluginLoader.java";
    private static final int L1 = 47;
    private static final int L2 = 63;

    private NavigableMap<String, String> plugins;
    private final Map<String, String> failures = new LinkedHashMap<>();
    private boolean initialized;

    public void init(List<String> descriptors) {
        NavigableMap<String, String> loaded = new TreeMap<>();
        for (String d : descriptors) {
            int eq = d.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad plugin descriptor: " + d);
            }
            loaded.put(d.substring(0, eq), d.substring(eq + 1));
        }
        this.plugins = loaded;
        this.initialized = true;
    }

    public boolean start(List<String> descriptors) {
        try {
            init(descriptors);
            return true;
        } catch (IllegalArgumentException e) {
            failures.put("init", e.getMessage());
            return false; // host keeps running in "degraded" mode
        }
    }

    public boolean isInitialized() {
        return initialized;
    }

    public String plugin(String name) {
        return plugins.get(name); // BUG
    }

    public String pluginIfLoaded(String name) {
        if (!isInitialized()) {
            return null;
        }
        return plugins.get(name);
    }

    public String firstPlugin() {
        return plugins == null || plugins.isEmpty() ? null : plugins.firstKey();
    }

    public String describe() {
        StringBuilder sb = new StringBuilder("plugins:");
        for (String name : plugins.navigableKeySet()) { // BUG
            sb.append(' ').append(name);
        }
        return sb.append(" failures=").append(failures.size()).toString();
    }

    public String describeSafely() {
        if (plugins == null) {
            return "plugins: <none> failures=" + failures.size();
        }
        return describe();
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G12PluginLoader ok = new G12PluginLoader();
        assert ok.start(List.of("gzip=GzipFilter", "auth=BasicAuth"));
        assert "GzipFilter".equals(ok.plugin("gzip"));
        assert "auth".equals(ok.firstPlugin());
        assert ok.describe().startsWith("plugins: auth gzip");
        assert ok.describeSafely().equals(ok.describe());
        G12PluginLoader broken = new G12PluginLoader();
        assert !broken.start(List.of("gzip=GzipFilter", "oops"));
        assert !broken.isInitialized();
        assert broken.pluginIfLoaded("gzip") == null;
        assert broken.firstPlugin() == null;
        assert broken.describeSafely().contains("<none>");
        assert broken.start(List.of("cors=Cors"));
        assert "Cors".equals(broken.pluginIfLoaded("cors"));

        try {
            G12PluginLoader p = new G12PluginLoader();
            p.start(List.of("=x"));
            p.plugin("gzip");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G12PluginLoader p = new G12PluginLoader();
            p.start(List.of("metrics"));
            p.describe();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
