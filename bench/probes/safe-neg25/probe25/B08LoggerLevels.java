package probe25;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Log4j/Logback style hierarchical logger levels. Per-logger overrides and the
 * resolved-level memo are both optional and dropped on every configuration change.
 */
public class B08LoggerLevels {
    public enum Level { TRACE, DEBUG, INFO, WARN, ERROR, OFF }

    private Level rootLevel = Level.INFO;
    private TreeMap<String, Level> overrides;    // null when no logger has its own level
    private Map<String, Level> effectiveCache;   // memo, null after any change
    private int configVersion;

    public void setLevel(String logger, Level level) {
        if (logger.isEmpty()) {
            rootLevel = level == null ? Level.INFO : level;
        } else if (level == null) {
            if (overrides != null) {
                overrides.remove(logger);
                if (overrides.isEmpty()) {
                    overrides = null;
                }
            }
        } else {
            if (overrides == null) {
                overrides = new TreeMap<>();
            }
            overrides.put(logger, level);
        }
        effectiveCache = null;
        configVersion++;
    }

    public Level getEffectiveLevel(String logger) {
        Map<String, Level> cache = effectiveCache;
        if (cache != null) {
            Level cached = cache.get(logger);
            if (cached != null) {
                return cached;
            }
        } else {
            cache = effectiveCache = new HashMap<>();
        }
        Level resolved = resolve(logger);
        cache.put(logger, resolved);
        return resolved;
    }

    private Level resolve(String logger) {
        TreeMap<String, Level> local = overrides;
        if (local == null) {
            return rootLevel;
        }
        String name = logger;
        while (true) {
            Level l = local.get(name);
            if (l != null) {
                return l;
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return rootLevel;
            }
            name = name.substring(0, dot);
        }
    }

    public boolean isEnabled(String logger, Level level) {
        Level effective = getEffectiveLevel(logger);
        return effective != Level.OFF && level.compareTo(effective) >= 0;
    }

    public SortedMap<String, Level> overridesUnder(String prefix) {
        if (overrides == null) {
            return Collections.emptySortedMap();
        }
        return Collections.unmodifiableSortedMap(overrides.subMap(prefix, prefix + Character.MAX_VALUE));
    }

    public int cachedLoggers() {
        return null == effectiveCache ? 0 : effectiveCache.size();
    }

    public void reset() {
        overrides = null;
        effectiveCache = null;
        rootLevel = Level.INFO;
        configVersion++;
    }

    @Override
    public String toString() {
        return "root=" + rootLevel + " overrides=" + (overrides == null ? "{}" : overrides) + " v" + configVersion;
    }

    public static void main(String[] args) {
        B08LoggerLevels levels = new B08LoggerLevels();
        System.out.println(levels.getEffectiveLevel("org.hibernate.SQL") + " " + levels.overridesUnder("org")
                + " " + levels.cachedLoggers());
        levels.setLevel("org.hibernate", Level.WARN);
        levels.setLevel("org.hibernate.SQL", Level.DEBUG);
        levels.setLevel("com.acme", Level.OFF);
        System.out.println(levels.getEffectiveLevel("org.hibernate.SQL") + " "
                + levels.getEffectiveLevel("org.hibernate.type.Binder") + " "
                + levels.isEnabled("com.acme.web", Level.ERROR) + " " + levels.isEnabled("org.hibernate.SQL", Level.DEBUG)
                + " " + levels.getEffectiveLevel("org.hibernate.SQL") + " " + levels.cachedLoggers());
        System.out.println(levels.overridesUnder("org.hibernate") + " " + levels);
        levels.setLevel("org.hibernate", null);
        levels.setLevel("org.hibernate.SQL", null);
        levels.setLevel("com.acme", null);
        levels.setLevel("never.set", null);
        levels.setLevel("", Level.ERROR);
        System.out.println(levels + " " + levels.isEnabled("x", Level.WARN));
        levels.reset();
        System.out.println(levels + " " + levels.cachedLoggers() + " " + levels.getEffectiveLevel("a.b"));
    }
}
