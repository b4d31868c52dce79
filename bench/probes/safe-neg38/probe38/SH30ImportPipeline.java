package probe38;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * CSV import framework. {@link ImportJob#run(List)} is a final template
 * method: it always runs the {@code beforeAll()} hook, which creates the
 * per-run lookup map, before the abstract {@code process()} step, and drops
 * the map in a finally block. process() is only ever called from run(); a
 * re-entrant run() (for example from a progress listener) is rejected before
 * it can touch the map. Single-threaded.
 */
public final class SH30ImportPipeline {

    private abstract static class ImportJob {
        private final String name;
        protected Map<String, Integer> seen; // exists only while run() is executing

        ImportJob(String name) {
            this.name = name;
        }

        final List<String> run(List<String> lines) {
            if (seen != null) {
                throw new IllegalStateException(name + " is already running");
            }
            beforeAll();
            try {
                List<String> out = new ArrayList<>();
                for (String line : lines) {
                    out.add(process(line));
                }
                return out;
            } finally {
                seen = null;
            }
        }

        private void beforeAll() {
            seen = new HashMap<>();
        }

        final boolean isRunning() {
            return seen != null;
        }

        protected abstract String process(String line);
    }

    private final class DedupJob extends ImportJob {
        DedupJob() {
            super("dedup");
        }

        @Override
        protected String process(String line) {
            int n = seen.merge(line, 1, Integer::sum);
            progress.accept("dedup:" + line);
            return n == 1 ? line : line + " (dup " + n + ")";
        }
    }

    private final class SurrogateKeyJob extends ImportJob {
        SurrogateKeyJob() {
            super("keys");
        }

        @Override
        protected String process(String line) {
            progress.accept("keys:" + line);
            int key = seen.computeIfAbsent(line, k -> seen.size() + 1);
            return key + "," + line;
        }
    }

    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private Consumer<String> progress = s -> { };

    public SH30ImportPipeline() {
        jobs.put("dedup", new DedupJob());
        jobs.put("keys", new SurrogateKeyJob());
    }

    public void onProgress(Consumer<String> listener) {
        progress = listener == null ? s -> { } : listener;
    }

    public List<String> importWith(String job, List<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("lines");
        }
        return job(job).run(lines);
    }

    public boolean isRunning(String job) {
        return job(job).isRunning();
    }

    private ImportJob job(String name) {
        ImportJob j = jobs.get(name);
        if (j == null) {
            throw new IllegalArgumentException("unknown job " + name);
        }
        return j;
    }

    public static void main(String[] args) {
        SH30ImportPipeline p = new SH30ImportPipeline();
        List<String> observed = new ArrayList<>();
        // phase 1: before the map exists
        check(!p.isRunning("dedup") && !p.isRunning("keys"), "idle");
        expect(IllegalArgumentException.class, () -> p.importWith("nope", List.of()));
        // phase 2: while it exists (a listener observes it and tries to re-enter)
        p.onProgress(msg -> {
            String current = msg.substring(0, msg.indexOf(':'));
            observed.add(msg + "/" + p.isRunning(current));
            expect(IllegalStateException.class, () -> p.importWith(current, List.of("x")));
        });
        check(p.importWith("dedup", List.of("a", "b", "a")).equals(List.of("a", "b", "a (dup 2)")), "dedup");
        check(p.importWith("keys", List.of("x", "y", "x")).equals(List.of("1,x", "2,y", "1,x")), "keys");
        check(observed.size() == 6 && observed.get(0).equals("dedup:a/true"), "observed " + observed);
        // phase 3: after it is dropped (twice: normal end, and an aborted run)
        check(!p.isRunning("dedup"), "dropped after run");
        p.onProgress(msg -> {
            throw new IllegalStateException("listener aborts import");
        });
        expect(IllegalStateException.class, () -> p.importWith("keys", List.of("z")));
        check(!p.isRunning("keys"), "dropped after abort");
        // phase 4: created again
        p.onProgress(null);
        check(p.importWith("keys", List.of("z")).equals(List.of("1,z")), "fresh lookup");
        System.out.println("SH30ImportPipeline OK observed=" + observed.size());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
