package probe34;

import java.util.EnumMap;
import java.util.NoSuchElementException;
import java.util.Objects;

/** Logging back-end with optional per-level counting, kept in an EnumMap that may be absent. */
public class SD14LogLevelCounter {
    public enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    private Level threshold = Level.INFO;
    private EnumMap<Level, Integer> counts; // null while counting is disabled

    public void enableCounting() {
        if (Objects.isNull(counts)) {
            counts = new EnumMap<>(Level.class);
        }
    }

    public boolean log(Level level, String message) {
        if (level == null || message == null) {
            throw new IllegalArgumentException("level and message required");
        }
        boolean emitted = level.compareTo(threshold) >= 0;
        if (emitted && Objects.nonNull(counts)) {
            counts.merge(level, 1, Integer::sum);
        }
        return emitted;
    }

    public int count(Level level) {
        if (counts == null) {
            throw new IllegalStateException("counting disabled");
        }
        return counts.getOrDefault(level, 0);
    }

    public boolean isCounting() {
        return Objects.nonNull(counts);
    }

    public void setThreshold(Level level) {
        threshold = Objects.requireNonNullElse(level, Level.INFO);
    }

    public String summary() {
        return Objects.isNull(counts) ? "counting off" : counts.toString();
    }

    public void disableCounting() {
        counts = null;
    }

    private static void exerciseDisabled(SD14LogLevelCounter log) {
        check(!log.isCounting(), "not counting");
        check(log.log(Level.ERROR, "boom"), "error emitted");
        check(!log.log(Level.TRACE, "noise"), "trace suppressed");
        expect(IllegalStateException.class, () -> log.count(Level.ERROR));
        expect(IllegalArgumentException.class, () -> log.log(null, "x"));
        check("counting off".equals(log.summary()), "summary while disabled");
        log.setThreshold(Level.INFO);
        log.disableCounting();
    }

    public static void main(String[] args) {
        SD14LogLevelCounter log = new SD14LogLevelCounter();
        exerciseDisabled(log);

        log.enableCounting();
        log.enableCounting(); // idempotent
        check(log.isCounting(), "counting");
        log.log(Level.INFO, "a");
        log.log(Level.INFO, "b");
        log.log(Level.DEBUG, "hidden");
        log.setThreshold(Level.DEBUG);
        log.log(Level.DEBUG, "shown");
        log.setThreshold(null);
        check(log.count(Level.INFO) == 2 && log.count(Level.DEBUG) == 1 && log.count(Level.WARN) == 0, "counts");
        check("{DEBUG=1, INFO=2}".equals(log.summary()), log.summary());
        expect(IllegalArgumentException.class, () -> log.log(Level.WARN, null));

        log.disableCounting();
        exerciseDisabled(log);
        log.disableCounting();
        exerciseDisabled(log);

        log.enableCounting();
        log.log(Level.WARN, "w");
        log.setThreshold(Level.ERROR);
        check(!log.log(Level.WARN, "suppressed"), "threshold raised");
        log.setThreshold(Level.INFO);
        check(log.count(Level.WARN) == 1 && log.count(Level.INFO) == 0, "fresh counts");
        check(log.isCounting() && "{WARN=1}".equals(log.summary()), "recreated summary");
        log.disableCounting();
        exerciseDisabled(log);
        System.out.println("SD14LogLevelCounter ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
