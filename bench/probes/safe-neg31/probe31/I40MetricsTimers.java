package probe31;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics facade handing out timers. Totals exist only while metrics are enabled; each timer is an
 * anonymous class that remembers the epoch it was started in and records only if no enable/disable
 * transition happened since (the epoch changes on every transition).
 */
public final class I40MetricsTimers {
    public interface Timer {
        long stop(long endNanos);
    }

    private TreeMap<String, Long> totals; // non-null iff enabled
    private boolean enabled;
    private int epoch;

    public void enable() {
        if (enabled) {
            return;
        }
        totals = new TreeMap<>();
        enabled = true;
        epoch++;
    }

    public void disable() {
        if (!enabled) {
            return;
        }
        enabled = false;
        totals = null;
        epoch++;
    }

    public Timer start(String name, long startNanos) {
        if (name == null) {
            throw new IllegalArgumentException("timer name is required");
        }
        if (!enabled) {
            return end -> end - startNanos; // measures, but records nothing
        }
        final int startedIn = epoch;
        return new Timer() {
            private boolean stopped;

            @Override
            public long stop(long endNanos) {
                if (stopped) {
                    throw new IllegalStateException("timer " + name + " already stopped");
                }
                stopped = true;
                long elapsed = endNanos - startNanos;
                if (startedIn == epoch) {
                    totals.merge(name, elapsed, Long::sum);
                }
                return elapsed;
            }
        };
    }

    public long total(String name) {
        return enabled && name != null ? totals.getOrDefault(name, 0L) : 0L;
    }

    public Map<String, Long> snapshot() {
        return enabled ? Collections.unmodifiableMap(new TreeMap<>(totals)) : Map.of();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public static void main(String[] args) {
        I40MetricsTimers metrics = new I40MetricsTimers();
        metrics.disable();
        Timer early = metrics.start("db.query", 0);
        if (early.stop(5) != 5 || metrics.total("db.query") != 0 || !metrics.snapshot().isEmpty()) throw new AssertionError("disabled");
        metrics.enable();
        metrics.enable();
        Timer q1 = metrics.start("db.query", 100);
        Timer q2 = metrics.start("db.query", 200);
        Timer render = metrics.start("render", 0);
        q1.stop(130);
        try {
            q1.stop(140);
            throw new AssertionError("double stop");
        } catch (IllegalStateException expected) {
            // already stopped
        }
        metrics.disable(); // q2 and render outlive the totals map
        if (q2.stop(260) != 60) throw new AssertionError("q2 elapsed");
        metrics.enable(); // a fresh map, newer epoch
        if (render.stop(10) != 10 || metrics.total("render") != 0) throw new AssertionError("stale timer must not record");
        metrics.start("render", 0).stop(7);
        if (metrics.total("render") != 7 || metrics.total(null) != 0 || !metrics.isEnabled()) throw new AssertionError("fresh timer");
        try {
            metrics.start(null, 0);
            throw new AssertionError("null name");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("I40 " + metrics.snapshot());
    }
}
