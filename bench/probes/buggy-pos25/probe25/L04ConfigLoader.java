package probe25;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

public class L04ConfigLoader {

    private Properties props;
    private Map<String, Integer> ports;
    private boolean loaded;
    private final List<String> warnings = new ArrayList<>();

    public void load(String text) {
        if (text == null || text.isBlank()) {
            warnings.add("empty configuration");
            return;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            warnings.add("unreadable: " + e.getMessage());
            return;
        }
        props = p;
        loaded = true;
        try {
            Map<String, Integer> parsed = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".port")) {
                    String service = key.substring(0, key.length() - ".port".length());
                    parsed.put(service, Integer.parseInt(p.getProperty(key).trim()));
                }
            }
            ports = parsed;
        } catch (NumberFormatException e) {
            warnings.add("bad port: " + e.getMessage());
        }
    }

    public void reload(String text) {
        loaded = false;
        props = null;
        ports = null;
        warnings.clear();
        load(text);
    }

    public String get(String key, String def) {
        return props.getProperty(key, def);
    }

    public boolean has(String key) {
        return loaded && props.containsKey(key);
    }

    public int port(String service) {
        Integer p = ports.get(service);
        return p == null ? -1 : p;
    }

    public Set<String> services() {
        return ports == null ? Set.of() : ports.keySet();
    }

    public int intValue(String key, int def) {
        if (!loaded) {
            return def;
        }
        String raw = props.getProperty(key);
        if (raw == null) {
            return def;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            warnings.add("not a number: " + key);
            return def;
        }
    }

    public List<String> warnings() {
        return warnings;
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L04ConfigLoader.java";
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
        L04ConfigLoader cfg = new L04ConfigLoader();
        cfg.load("name=billing\nweb.port=8080\nadmin.port = 9090\nthreads=4\n");
        System.out.println(cfg.get("name", "?") + " web=" + cfg.port("web") + " db=" + cfg.port("db")
                + " threads=" + cfg.intValue("threads", 1) + " services=" + cfg.services()
                + " has(name)=" + cfg.has("name"));
        cfg.reload("");
        System.out.println("after reload: has=" + cfg.has("name") + " threads=" + cfg.intValue("threads", 1)
                + " services=" + cfg.services() + " warnings=" + cfg.warnings());

        L04ConfigLoader broken = new L04ConfigLoader();
        broken.load("name=x\nweb.port=eighty\n");
        System.out.println("broken: name=" + broken.get("name", "?") + " services=" + broken.services()
                + " warnings=" + broken.warnings());

        expectNpe(56, () -> {
            L04ConfigLoader empty = new L04ConfigLoader();
            empty.load("   ");
            empty.get("name", "default");
        });
        expectNpe(64, () -> broken.port("web"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
