package probe23b;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/** Logging framework configuration; the static level table is created by init() only for non-empty config. */
public class G07LoggerContext {
    private static final String FILE = "G07LoggerContext.java";
    private static final int L1 = 42;
    private static final int L2 = 55;

    enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    private static Map<String, Level> levels;
    private static Properties source;

    static void init(Properties config) {
        source = config;
        if (config.isEmpty()) {
            return; // nothing configured: root level applies
        }
        levels = new HashMap<>();
        for (String key : config.stringPropertyNames()) {
            if (key.startsWith("logger.")) {
                levels.put(key.substring(7), Level.valueOf(config.getProperty(key)));
            }
        }
    }

    static void resetForTest() {
        levels = null;
        source = null;
    }

    static boolean isConfigured(String logger) {
        return levels != null && levels.containsKey(logger);
    }

    static Level levelFor(String logger) {
        Level l = levels.get(logger); // BUG
        return l != null ? l : Level.INFO;
    }

    static Level effectiveLevel(String logger) {
        if (!isConfigured(logger)) {
            return Level.INFO;
        }
        return levels.get(logger);
    }

    static TreeSet<String> configuredLoggers() {
        TreeSet<String> out = new TreeSet<>();
        out.addAll(levels.keySet()); // BUG
        return out;
    }

    static TreeSet<String> configuredLoggersSafely() {
        Map<String, Level> snapshot = levels;
        return snapshot == null ? new TreeSet<>() : new TreeSet<>(snapshot.keySet());
    }

    static String rawSetting(String key) {
        return source == null ? null : source.getProperty(key);
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
        Properties p = new Properties();
        p.setProperty("logger.org.db", "DEBUG");
        p.setProperty("appender", "console");
        init(p);
        assert levelFor("org.db") == Level.DEBUG;
        assert levelFor("org.web") == Level.INFO;
        assert configuredLoggers().size() == 1;
        assert "console".equals(rawSetting("appender"));
        resetForTest();
        init(new Properties());
        assert !isConfigured("org.db");
        assert effectiveLevel("org.db") == Level.INFO;
        assert configuredLoggersSafely().isEmpty();
        assert rawSetting("appender") == null;
        init(p);
        assert effectiveLevel("org.db") == Level.DEBUG;

        try {
            resetForTest();
            init(new Properties());
            levelFor("org.db");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            resetForTest();
            init(new Properties());
            configuredLoggers();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
