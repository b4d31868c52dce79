package probe23;

import java.util.EnumMap;
import java.util.Objects;

/**
 * Logger level configuration: a root level plus optional per-category overrides. The override map
 * is created by the first override and dropped when the last one is removed. Not thread-safe.
 */
public final class X16LoggerLevels {

    enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    enum Category { HTTP, SQL, CACHE, SECURITY }

    private Level rootLevel;
    private EnumMap<Category, Level> overrides;

    public X16LoggerLevels(Level rootLevel) {
        this.rootLevel = Objects.requireNonNull(rootLevel, "rootLevel");
    }

    public void setRootLevel(Level level) {
        this.rootLevel = Objects.requireNonNull(level, "level");
    }

    /** Sets or, with a null level, removes the override for a category. */
    public void setLevel(Category category, Level level) {
        Objects.requireNonNull(category, "category");
        if (level == null) {
            if (overrides != null) {
                overrides.remove(category);
                if (overrides.isEmpty()) {
                    overrides = null;
                }
            }
            return;
        }
        if (overrides == null) {
            overrides = new EnumMap<>(Category.class);
        }
        overrides.put(category, level);
    }

    public Level effectiveLevel(Category category) {
        if (overrides != null) {
            Level own = overrides.get(category);
            if (own != null) {
                return own;
            }
        }
        return rootLevel;
    }

    public boolean isEnabled(Category category, Level level) {
        return level.compareTo(effectiveLevel(category)) >= 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("root=").append(rootLevel);
        if (overrides != null) {
            overrides.forEach((c, l) -> sb.append(' ').append(c).append('=').append(l));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        X16LoggerLevels levels = new X16LoggerLevels(Level.INFO);
        System.out.println(levels + " sql debug? " + levels.isEnabled(Category.SQL, Level.DEBUG));
        levels.setLevel(Category.SQL, null);
        levels.setLevel(Category.SQL, Level.DEBUG);
        levels.setLevel(Category.SECURITY, Level.WARN);
        System.out.println(levels + " sql debug? " + levels.isEnabled(Category.SQL, Level.DEBUG)
                + " security info? " + levels.isEnabled(Category.SECURITY, Level.INFO)
                + " http=" + levels.effectiveLevel(Category.HTTP));
        levels.setLevel(Category.SQL, null);
        levels.setLevel(Category.SECURITY, null);
        levels.setRootLevel(Level.ERROR);
        System.out.println(levels + " cache=" + levels.effectiveLevel(Category.CACHE));
    }
}
