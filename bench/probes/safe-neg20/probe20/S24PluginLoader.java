package probe20;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

public class S24PluginLoader {
    private Map<String, UnaryOperator<String>> plugins;
    private Map<String, String> pluginConfig;

    public void setPlugins(Map<String, UnaryOperator<String>> plugins) {
        this.plugins = plugins;
    }

    public Map<String, UnaryOperator<String>> getPlugins() {
        return plugins;
    }

    public void setPluginConfig(Map<String, String> pluginConfig) {
        this.pluginConfig = pluginConfig;
    }

    public String apply(String name, String input) {
        if (plugins == null) {
            return input;
        }
        UnaryOperator<String> op = plugins.get(name);
        if (op == null) {
            return input;
        }
        String out = op.apply(input);
        if (pluginConfig != null && "true".equals(pluginConfig.get(name + ".trim"))) {
            out = out.trim();
        }
        return out;
    }

    public String applyChain(String input, String... names) {
        String cur = input;
        for (String n : names) {
            cur = apply(n, cur);
        }
        return cur;
    }

    public static void main(String[] args) {
        S24PluginLoader loader = new S24PluginLoader();
        System.out.println("[" + loader.applyChain("  hello ", "upper", "exclaim") + "]");
        System.out.println("plugins wired: " + (loader.getPlugins() != null));

        Map<String, UnaryOperator<String>> ps = new HashMap<>();
        ps.put("upper", s -> s.toUpperCase(java.util.Locale.ROOT));
        ps.put("exclaim", s -> s + "!  ");
        loader.setPlugins(ps);
        System.out.println("[" + loader.applyChain("  hello ", "upper", "exclaim", "unknown") + "]");

        Map<String, String> cfg = new HashMap<>();
        cfg.put("exclaim.trim", "true");
        loader.setPluginConfig(cfg);
        System.out.println("[" + loader.applyChain("  hello ", "upper", "exclaim") + "]");

        loader.setPlugins(null);
        System.out.println("[" + loader.apply("upper", "unchanged") + "]");
        loader.setPluginConfig(null);
        loader.setPlugins(ps);
        System.out.println("[" + loader.applyChain("x", "exclaim") + "]");
    }
}
