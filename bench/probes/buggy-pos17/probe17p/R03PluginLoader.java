package probe17p;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads plugins; init() must be called first, but not every entry point does. */
public class R03PluginLoader {

    public interface Plugin {
        String name();

        String run(String input);
    }

    record Echo(String dir) implements Plugin {
        public String name() {
            return "echo:" + dir;
        }

        public String run(String input) {
            return dir + "/" + input;
        }
    }

    private final List<String> searchPath = new ArrayList<>();
    private Map<String, Plugin> plugins;

    public R03PluginLoader(String... path) {
        searchPath.addAll(Arrays.asList(path));
    }

    public void init() {
        plugins = new LinkedHashMap<>();
        for (String dir : searchPath) {
            Plugin builtin = new Echo(dir);
            plugins.put(builtin.name(), builtin);
        }
    }

    public void register(Plugin p) {
        plugins.put(p.name(), p); // BUG
    }

    public boolean isLoaded(String name) {
        return plugins.containsKey(name); // BUG
    }

    public String runAll(String input) {
        if (plugins == null) {
            return input;
        }
        StringBuilder sb = new StringBuilder();
        for (Plugin p : plugins.values()) {
            sb.append(p.run(input)).append(';');
        }
        return sb.toString();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R03PluginLoader.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R03PluginLoader.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R03PluginLoader loader = new R03PluginLoader("/opt/plugins");
        loader.init();
        loader.register(new Echo("/home/me/plugins"));
        System.out.println(loader.runAll("x") + " loaded=" + loader.isLoaded("echo:/opt/plugins"));

        prove(44, () -> {
            R03PluginLoader cli = new R03PluginLoader("/usr/lib/plugins");
            cli.register(new Echo("/tmp")); // CLI path forgot init()
        });
        prove(48, () -> {
            R03PluginLoader cli = new R03PluginLoader();
            System.out.println(cli.isLoaded("echo:/tmp"));
        });
    }
}
