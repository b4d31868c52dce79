package probe31;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Process-wide metrics registry: meters are created on demand, tagged from a
 * static prefix table, and periodically handed over to an exporter.
 */
public final class BF10MetricsRegistry {

    private static final Map<String, Map<String, String>> TAGS_BY_PREFIX = Map.of(
            "http", Map.of("layer", "edge"),
            "db", Map.of("layer", "storage", "pool", "main"));

    private static Map<String, Meter> registry = new ConcurrentHashMap<>();

    static {
        registry.put("uptime", new Meter("uptime"));
    }

    static final class Meter {
        final String name;
        final Map<String, String> tags;
        long count;

        Meter(String name) {
            this.name = name;
            int dot = name.indexOf('.');
            this.tags = TAGS_BY_PREFIX.get(dot < 0 ? name : name.substring(0, dot));
        }

        String layer() {
            Map<String, String> t = tags;
            return t == null ? "untagged" : t.getOrDefault("layer", "untagged");
        }
    }

    /** Returns the registered meter, or a detached one while the registry is handed over. */
    static Meter meter(String name) {
        Map<String, Meter> current = registry;
        if (current == null) {
            return new Meter(name);
        }
        return current.computeIfAbsent(name, Meter::new);
    }

    static void increment(String name) {
        registry.computeIfAbsent(name, Meter::new).count++;
    }

    static int size() {
        return registry == null ? 0 : registry.size();
    }

    /** Hands every meter to the exporter; the exporter calls reopen() when it is done. */
    static Map<String, Meter> drainForExport() {
        Map<String, Meter> drained = registry;
        registry = null;
        return drained;
    }

    static void reopen() {
        if (registry == null) {
            registry = new ConcurrentHashMap<>();
        }
    }

    static String render(Meter meter) {
        StringBuilder out = new StringBuilder(meter.name).append('{');
        meter.tags.forEach((k, v) -> out.append(k).append('=').append(v).append(','));
        return out.append("} ").append(meter.count).toString();
    }

    static String renderSafely(Meter meter) {
        Map<String, String> tags = meter.tags;
        return tags == null ? meter.name + "{} " + meter.count : render(meter);
    }

    static String export() {
        Map<String, Meter> drained = drainForExport();
        StringBuilder out = new StringBuilder();
        if (drained != null) {
            drained.values().forEach(m -> out.append(renderSafely(m)).append("; "));
        }
        reopen();
        return out.toString().strip();
    }

    public static void main(String[] args) {
        increment("http.requests");
        increment("http.requests");
        meter("db.queries").count += 3;
        System.out.println(render(meter("http.requests")) + " | " + renderSafely(meter("jobs.done"))
                + " | layer=" + meter("db.queries").layer() + "/" + meter("jobs.done").layer() + " size=" + size());
        System.out.println("export: " + export() + " size after=" + size());
        Map<String, Meter> handedOver = drainForExport();
        System.out.println("handed over=" + handedOver.size() + " size=" + size() + " detached=" + meter("x").count);
        reopen();
        increment("http.requests");
        System.out.println("reopened size=" + size());

        int proved = 0;
        proved += expect(50, () -> {
            drainForExport();
            try {
                increment("db.queries");
            } finally {
                reopen();
            }
        });
        proved += expect(72, () -> render(meter("jobs.done")));
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF10MetricsRegistry.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
