package probe31;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Periodic job scheduler driven by a logical clock, with a drain/resume cycle
 * and a warm-up pass that runs every job once on a worker thread.
 */
public final class BF02JobScheduler {

    enum State { NEW, STARTED, DRAINING }

    record Job(String name, long periodMillis, Runnable body) {}
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private Map<String, Long> nextRun = new HashMap<>();
    private Map<String, Integer> runCounts;
    private long clock;

    void schedule(Job job) {
        jobs.put(job.name(), job);
        if (state.get() == State.STARTED) {
            nextRun.put(job.name(), clock + job.periodMillis());
        }
    }

    void start() {
        if (state.compareAndSet(State.NEW, State.STARTED)) {
            Map<String, Long> due = nextRun;
            if (due != null) {
                jobs.values().forEach(j -> due.put(j.name(), clock + j.periodMillis()));
            }
        }
    }

    int tick(long millis) {
        clock += millis;
        Map<String, Long> due = nextRun;
        if (state.get() != State.STARTED || due == null) {
            return 0;
        }
        int fired = 0;
        for (Map.Entry<String, Long> entry : due.entrySet()) {
            if (entry.getValue() <= clock) {
                Job job = jobs.get(entry.getKey());
                job.body().run();
                entry.setValue(clock + job.periodMillis());
                recordRun(job.name());
                fired++;
            }
        }
        return fired;
    }

    /** Discards pending fire times; a running scheduler moves to DRAINING. */
    void drain() {
        nextRun = null;
        state.compareAndSet(State.STARTED, State.DRAINING);
    }

    void resume() {
        if (state.compareAndSet(State.DRAINING, State.STARTED)) {
            Map<String, Long> fresh = new HashMap<>();
            jobs.values().forEach(j -> fresh.put(j.name(), clock + j.periodMillis()));
            nextRun = fresh;
        }
    }

    void enableAccounting() {
        if (runCounts == null) {
            runCounts = new HashMap<>();
        }
    }

    private void recordRun(String name) {
        Map<String, Integer> counts = runCounts;
        if (counts != null) {
            counts.merge(name, 1, Integer::sum);
        }
    }

    int runs(String name) {
        return runCounts == null ? 0 : runCounts.getOrDefault(name, 0);
    }

    /** Runs every job once on a worker to validate it, then turns on run accounting. */
    void warmUp(ExecutorService pool) throws InterruptedException, ExecutionException {
        Future<?> probe = pool.submit(() -> {
            for (Job job : jobs.values()) {
                job.body().run();
                runCounts.merge(job.name(), 1, Integer::sum);
            }
        });
        probe.get();
        enableAccounting();
    }

    public static void main(String[] args) throws Exception {
        int[] hits = new int[1];
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bf02-worker");
            thread.setDaemon(true);
            return thread;
        });
        BF02JobScheduler scheduler = new BF02JobScheduler();
        scheduler.schedule(new Job("gc", 10, () -> hits[0]++));
        scheduler.start();
        scheduler.schedule(new Job("flush", 20, () -> hits[0]++));
        scheduler.enableAccounting();
        System.out.println("fired=" + scheduler.tick(25) + " gcRuns=" + scheduler.runs("gc"));
        scheduler.drain();
        scheduler.schedule(new Job("compact", 5, () -> hits[0]++));
        int whileDraining = scheduler.tick(50);
        scheduler.resume();
        System.out.println("draining fired=" + whileDraining + " resumed fired=" + scheduler.tick(30));
        scheduler.warmUp(pool);
        System.out.println("hits=" + hits[0] + " after warm-up gcRuns=" + scheduler.runs("gc"));
        int proved = 0;
        proved += expect(30, () -> {
            BF02JobScheduler fresh = new BF02JobScheduler();
            fresh.drain();
            fresh.start();
            fresh.schedule(new Job("late", 10, () -> { }));
        });
        proved += expect(98, () -> {
            BF02JobScheduler fresh = new BF02JobScheduler();
            fresh.schedule(new Job("probe", 10, () -> { }));
            fresh.warmUp(pool);
        });
        pool.shutdownNow();
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF02JobScheduler.java";

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
