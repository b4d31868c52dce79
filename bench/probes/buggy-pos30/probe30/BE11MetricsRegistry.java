package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Metrics library: a global meter registry, tagged samples and a pluggable exporter. */
public final class BE11MetricsRegistry {

    private static final String FILE = "BE11MetricsRegistry.java";

    /** Unit symbols, initialised before anything reads them. */
    static final class Units {
        static final Map<String, String> SYMBOLS = new HashMap<>();
        static {
            SYMBOLS.put("bytes", "B");
            SYMBOLS.put("seconds", "s");
        }

        static String symbol(String unit) {
            return SYMBOLS.getOrDefault(unit, unit);
        }
    }

    /** Global registry; every meter registers itself on construction. */
    static final class Registry {
        static final Meter ROOT = Meter.PROCESS;
        static final Map<String, Meter> BY_NAME = new ConcurrentHashMap<>();

        static void register(Meter m) {
            BY_NAME.put(m.name, m);
        }

        static int size() {
            return BY_NAME.size();
        }
    }

    static final class Meter {
        static final Meter PROCESS = new Meter("process.cpu");
        final String name;
        long count;

        Meter(String name) {
            this.name = name;
            Registry.register(this);
        }
    }

    /** One observation; untagged samples drop their tag map to save memory. */
    static final class Sample {
        final String metric;
        final double value;
        private Map<String, String> tags;

        Sample(String metric, double value, Map<String, String> tags) {
            this.metric = metric;
            this.value = value;
            this.tags = tags.isEmpty() ? null : new TreeMap<>(tags);
        }

        Sample tag(String key, String val) {
            tags.put(key, val);
            return this;
        }

        String key() {
            return tags == null ? metric : metric + tags;
        }
    }

    /** Exporter whose common labels are injected by the wiring code. */
    static final class Exporter {
        private Map<String, String> commonLabels;
        private final List<String> lines = new ArrayList<>();

        void setCommonLabels(Map<String, String> labels) {
            this.commonLabels = labels;
        }

        String describe() {
            return commonLabels == null ? "exporter(unwired)" : "exporter" + commonLabels.keySet();
        }

        List<String> export(List<Sample> samples) {
            StringBuilder suffix = new StringBuilder();
            commonLabels.forEach((k, v) -> suffix.append(',').append(k).append('=').append(v));
            for (Sample s : samples) {
                lines.add(s.key() + suffix + " " + s.value);
            }
            return lines;
        }
    }

    static Exporter wire(Map<String, String> labels) {
        Exporter exporter = new Exporter();
        exporter.setCommonLabels(new TreeMap<>(labels));
        return exporter;
    }

    public static void main(String[] args) {
        System.out.println("unit=" + Units.symbol("bytes"));
        Sample tagged = new Sample("http.requests", 12, Map.of("route", "/a")).tag("status", "200");
        Sample plain = new Sample("gc.pauses", 3, Map.of());
        Exporter exporter = wire(Map.of("host", "h1"));
        System.out.println(exporter.describe() + " " + exporter.export(List.of(tagged, plain)));
        System.out.println(new Exporter().describe());

        try {
            System.out.println("meters=" + Registry.size());
            miss(34);
        } catch (ExceptionInInitializerError e) {
            expect(e.getCause(), 34);
        }
        try {
            plain.tag("region", "eu");
            miss(66);
        } catch (NullPointerException e) {
            expect(e, 66);
        }
        try {
            new Exporter().export(List.of(tagged));
            miss(90);
        } catch (NullPointerException e) {
            expect(e, 90);
        }
    }

    private static void expect(Throwable t, int line) {
        if (!(t instanceof NullPointerException)) {
            System.out.println("NOT NPE " + t);
            return;
        }
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
