package probe20b;

import java.util.Hashtable;

/**
 * JDBC-style driver registry. Built-in drivers are registered by
 * {@link #registerBuiltins()}, which the connect path calls on demand.
 */
public final class A19DriverRegistry {

    private static final String FILE = "A19DriverRegistry.java";

    private static final Hashtable<String, Integer> DEFAULT_PORTS = defaultPorts();
    private static Hashtable<String, String> drivers;
    private static boolean builtinsRegistered;

    private A19DriverRegistry() {
    }

    private static Hashtable<String, Integer> defaultPorts() {
        Hashtable<String, Integer> ports = new Hashtable<>();
        ports.put("postgresql", 5432);
        ports.put("mysql", 3306);
        return ports;
    }

    static void registerBuiltins() {
        if (builtinsRegistered) {
            return;
        }
        drivers = new Hashtable<>();
        drivers.put("postgresql", "org.postgresql.Driver");
        drivers.put("mysql", "com.mysql.cj.jdbc.Driver");
        builtinsRegistered = true;
    }

    /** Forgets all drivers; used when the plugin directory is reloaded. */
    static void unloadAll() {
        drivers = null;
        builtinsRegistered = false;
    }

    private static String scheme(String url) {
        String rest = url.substring("jdbc:".length());
        return rest.substring(0, rest.indexOf(':'));
    }

    static void register(String scheme, String driverClass) {
        registerBuiltins();
        drivers.put(scheme, driverClass);
    }

    static String driverFor(String url) {
        registerBuiltins();
        return drivers.get(scheme(url));
    }

    static int defaultPort(String url) {
        return DEFAULT_PORTS.getOrDefault(scheme(url), -1);
    }

    static boolean accepts(String url) {
        return drivers.containsKey(scheme(url)); // BUG
    }

    static String summary() {
        if (!builtinsRegistered) {
            return DEFAULT_PORTS.size() + " known ports, drivers not loaded";
        }
        return DEFAULT_PORTS.size() + " known ports, " + drivers.size() + " drivers";
    }

    static String verboseSummary() {
        return summary() + " (" + drivers.keySet() + ")"; // BUG
    }

    public static void main(String[] args) {
        assert defaultPort("jdbc:mysql://db/app") == 3306;
        assert summary().endsWith("not loaded");
        assert driverFor("jdbc:postgresql://db/app").equals("org.postgresql.Driver");
        register("h2", "org.h2.Driver");
        assert accepts("jdbc:h2:mem:test");
        assert summary().endsWith("3 drivers") && verboseSummary().contains("h2");
        unloadAll();
        assert summary().endsWith("not loaded");

        prove(63, () -> {
            unloadAll();
            accepts("jdbc:mysql://db/app");
        });
        prove(74, () -> {
            unloadAll();
            verboseSummary();
        });
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
