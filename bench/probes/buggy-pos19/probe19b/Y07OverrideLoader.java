package probe19b;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Loads operator overrides and named profiles from a (simulated) config directory. */
public class Y07OverrideLoader {

    private final Map<String, String> files; // path -> content
    private Map<String, String> overrides;
    private Properties profile;
    private List<String> lastKeys = List.of();
    private int applied;

    Y07OverrideLoader(Map<String, String> files) {
        this.files = files;
    }

    /** Parses "key=value" lines; null when the file does not exist. */
    private Map<String, String> parse(String path) {
        String text = files.get(path);
        if (text == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return m;
    }

    private Properties readProfile(String name) {
        String text = files.get("profiles/" + name + ".properties");
        if (text == null) {
            return null;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    void reload(String path) {
        if ((overrides = parse(path)) != null) {
            applied = overrides.size();
            System.out.println("applied " + applied + " overrides from " + path);
        }
        lastKeys = new ArrayList<>(overrides.keySet()); // BUG
    }

    int overrideCount() {
        Map<String, String> o;
        return (o = overrides) != null ? o.size() : 0;
    }

    String profileValueOrDefault(String name, String key) {
        if ((profile = readProfile(name)) == null) {
            return "default";
        }
        return profile.getProperty(key, "default");
    }

    String profileValue(String name, String key) {
        if ((profile = readProfile(name)) == null) {
            System.out.println("profile " + name + " missing, falling back to defaults");
        }
        return profile.getProperty(key, "default"); // BUG
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y07OverrideLoader.java:" + line;
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
        if (top != null && "Y07OverrideLoader.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Map<String, String> fs = Map.of(
                "conf/overrides.conf", "pool.size=32\ncache.ttl=600\n",
                "profiles/prod.properties", "region=eu-west\nreplicas=3\n");
        Y07OverrideLoader loader = new Y07OverrideLoader(fs);
        loader.reload("conf/overrides.conf");
        System.out.println(loader.lastKeys + " count=" + loader.overrideCount() + " "
                + loader.profileValue("prod", "region") + " " + loader.profileValueOrDefault("qa", "region"));

        prove(60, () -> new Y07OverrideLoader(fs).reload("conf/missing.conf"));
        prove(79, () -> System.out.println(loader.profileValue("staging", "replicas")));
    }
}
