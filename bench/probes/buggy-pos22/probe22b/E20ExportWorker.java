package probe22b;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Export worker of a batch platform, built on the platform's template-method worker base class. */
public class E20ExportWorker {

    private static final String FILE = "E20ExportWorker.java";

    public abstract static class AbstractWorker {
        private Map<String, Long> counters;
        protected final Set<String> options;

        protected AbstractWorker(Set<String> options) {
            this.options = options;
        }

        public final void start() {
            configure();
            counters = new HashMap<>();
            onStarted();
        }

        protected void configure() {
        }

        protected void onStarted() {
        }

        protected Map<String, Long> getCounters() {
            return counters;
        }

        protected void count(String key) {
            if (counters != null) {
                counters.merge(key, 1L, Long::sum);
            }
        }

        public long counter(String key) {
            return counters == null ? 0 : counters.getOrDefault(key, 0L);
        }

        public void stop() {
            counters = null;
        }
    }

    public static final class S3Exporter extends AbstractWorker {
        private final Map<String, String> destinations = new LinkedHashMap<>();

        public S3Exporter(Set<String> options) {
            super(options);
        }

        @Override
        protected void configure() {
            destinations.put("primary", "s3://exports/main");
            if (options.contains("warm-start")) {
                getCounters().put("restored", 0L); // BUG
            }
        }

        @Override
        protected void onStarted() {
            getCounters().put("destinations", (long) destinations.size());
        }

        public void export(String record) {
            if (!record.isEmpty()) {
                count("exported");
            }
        }

        /** Also invoked by the platform's shutdown hook, which runs after stop(). */
        public long flush() {
            long pending = getCounters().getOrDefault("exported", 0L); // BUG
            getCounters().merge("flushed", pending, Long::sum);
            return pending;
        }
    }

    public static void main(String[] args) {
        S3Exporter exporter = new S3Exporter(Set.of("compress"));
        exporter.export("a");
        assert exporter.counter("exported") == 0;
        exporter.start();
        exporter.export("a");
        exporter.export("");
        exporter.export("b");
        assert exporter.flush() == 2 && exporter.counter("flushed") == 2 && exporter.counter("destinations") == 1;
        exporter.stop();
        exporter.export("late");
        assert exporter.counter("exported") == 0;

        prove(63, () -> new S3Exporter(Set.of("warm-start")).start());
        prove(80, exporter::flush);
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
