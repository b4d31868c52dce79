package probe25;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

public class L05PluginRegistry {

    interface Plugin {
        String name();

        int priority();
    }

    record SimplePlugin(String name, int priority) implements Plugin {
    }

    private final TreeMap<String, SortedMap<String, Plugin>> byCategory = new TreeMap<>();
    private SortedMap<String, Plugin> active;
    private String activeName = "";
    private NavigableMap<Integer, Plugin> chain;
    private boolean chainEnabled = true;

    public void declareCategory(String category) {
        byCategory.computeIfAbsent(category, c -> new TreeMap<>());
    }

    public void select(String category) {
        activeName = category;
        active = byCategory.get(category);
    }

    public void install(Plugin plugin) {
        active.put(plugin.name(), plugin);
        chain = null;
    }

    public void installInto(String category, Plugin plugin) {
        byCategory.computeIfAbsent(category, c -> new TreeMap<>()).put(plugin.name(), plugin);
        chain = null;
    }

    public List<String> activePlugins() {
        if (active == null) {
            return List.of();
        }
        return new ArrayList<>(active.keySet());
    }

    private NavigableMap<Integer, Plugin> buildChain() {
        if (!chainEnabled) {
            return null;
        }
        NavigableMap<Integer, Plugin> m = new TreeMap<>();
        for (SortedMap<String, Plugin> category : byCategory.values()) {
            for (Plugin p : category.values()) {
                m.put(p.priority(), p);
            }
        }
        return m;
    }

    public void setChainEnabled(boolean enabled) {
        chainEnabled = enabled;
        chain = null;
    }

    public void rebuild() {
        chain = buildChain();
    }

    public String first() {
        Map.Entry<Integer, Plugin> e = chain.firstEntry();
        return e == null ? "none" : e.getValue().name();
    }

    public String highest() {
        NavigableMap<Integer, Plugin> c = chain != null ? chain : buildChain();
        if (c == null || c.isEmpty()) {
            return "none";
        }
        return c.lastEntry().getValue().name();
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(activeName).append(':');
        if (chain != null) {
            for (Map.Entry<Integer, Plugin> e : chain.entrySet()) {
                sb.append(' ').append(e.getKey()).append('=').append(e.getValue().name());
            }
        }
        return sb.toString();
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L05PluginRegistry.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L05PluginRegistry reg = new L05PluginRegistry();
        reg.declareCategory("codecs");
        reg.select("codecs");
        reg.install(new SimplePlugin("flac", 20));
        reg.install(new SimplePlugin("opus", 10));
        reg.installInto("filters", new SimplePlugin("eq", 5));
        System.out.println(reg.activePlugins() + " highest=" + reg.highest() + " " + reg.describe());
        reg.rebuild();
        System.out.println("first=" + reg.first() + " " + reg.describe());
        reg.select("themes");
        System.out.println(reg.activePlugins() + " " + reg.describe());
        reg.setChainEnabled(false);
        System.out.println("highest=" + reg.highest());

        expectNpe(37, () -> reg.install(new SimplePlugin("dark", 1)));
        expectNpe(76, () -> {
            reg.rebuild();
            reg.first();
        });
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
