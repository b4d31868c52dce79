package probe27;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Logback-style context: level table parsed lazily from properties, per-logger diagnostic context (MDC). */
public final class F09LoggerContext {
    public enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    private String configText;
    private Map<String, Level> levels; // parsed on first use, dropped by reconfigure()
    private int parses;
    private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final List<String> appender = Collections.synchronizedList(new ArrayList<>());

    public F09LoggerContext(String configText) { this.configText = configText; }

    private synchronized Map<String, Level> levels() {
        Map<String, Level> m = levels;
        if (m == null) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(configText));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            m = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("level.")) {
                    m.put(key.substring(6), Level.valueOf(p.getProperty(key).trim().toUpperCase(Locale.ROOT)));
                }
            }
            levels = m;
            parses++;
        }
        return m;
    }

    public synchronized void reconfigure(String newConfig) {
        configText = newConfig;
        levels = null;
    }

    public synchronized int parses() { return parses; }

    Level effectiveLevel(String name) {
        Map<String, Level> lv = levels();
        for (String n = name;;) {
            Level l = lv.get(n);
            if (l != null) return l;
            int dot = n.lastIndexOf('.');
            if (dot < 0) return lv.getOrDefault("root", Level.INFO);
            n = n.substring(0, dot);
        }
    }

    public Logger getLogger(String name) { return loggers.computeIfAbsent(name, n -> new Logger(n)); }

    public List<String> output() { synchronized (appender) { return List.copyOf(appender); } }

    public final class Logger {
        private final String name;
        private TreeMap<String, String> mdc; // null until putMdc(), reset by clearMdc()

        private Logger(String name) { this.name = name; }

        public synchronized void putMdc(String key, String value) {
            if (mdc == null) mdc = new TreeMap<>();
            mdc.put(key, value);
        }

        public synchronized void removeMdc(String key) {
            if (mdc != null && mdc.remove(key) != null && mdc.isEmpty()) mdc = null;
        }

        public synchronized void clearMdc() { mdc = null; }

        private synchronized String contextSuffix() {
            return mdc == null ? "" : mdc.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", " {", "}"));
        }

        public boolean isEnabled(Level level) { return level.compareTo(effectiveLevel(name)) >= 0; }

        public boolean log(Level level, String message) {
            if (!isEnabled(level)) return false;
            appender.add(level + " " + name + contextSuffix() + " - " + message);
            return true;
        }
    }

    public static void main(String[] args) {
        F09LoggerContext ctx = new F09LoggerContext("level.root=WARN\nlevel.com.acme.db=DEBUG\n");
        assert ctx.parses() == 0;
        Logger db = ctx.getLogger("com.acme.db.Pool");
        Logger web = ctx.getLogger("com.acme.web");
        assert ctx.getLogger("com.acme.web") == web;
        assert db.log(Level.DEBUG, "borrowed") && !web.log(Level.INFO, "request");
        web.removeMdc("nothing");
        web.putMdc("user", "ann");
        web.putMdc("req", "42");
        assert web.log(Level.ERROR, "boom");
        web.removeMdc("req");
        web.removeMdc("user");
        assert web.log(Level.WARN, "slow");
        db.putMdc("tx", "7");
        db.clearMdc();
        assert db.log(Level.INFO, "returned");
        assert ctx.parses() == 1;
        assert ctx.output().equals(List.of("DEBUG com.acme.db.Pool - borrowed", "ERROR com.acme.web {req=42, user=ann} - boom",
                "WARN com.acme.web - slow", "INFO com.acme.db.Pool - returned")) : ctx.output();

        ctx.reconfigure("level.com.acme=TRACE\n");
        assert web.isEnabled(Level.TRACE) && ctx.getLogger("other").isEnabled(Level.INFO);
        assert !ctx.getLogger("other").isEnabled(Level.DEBUG);
        assert ctx.parses() == 2;
        System.out.println("F09 ok");
    }
}
