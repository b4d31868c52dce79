package probe25;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class L11JobScheduler implements AutoCloseable {

    private final Deque<Runnable> timerQueue = new ArrayDeque<>();
    private final ExecutorService workers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scheduler-worker");
        t.setDaemon(true);
        return t;
    });
    private ConcurrentMap<String, Integer> runs = new ConcurrentHashMap<>();
    private LinkedHashMap<String, Long> lastDuration = new LinkedHashMap<>();
    private boolean stopped;

    public void scheduleRepeating(String job) {
        timerQueue.add(() -> runs.merge(job, 1, Integer::sum));
    }

    public void scheduleGuarded(String job) {
        timerQueue.add(() -> {
            if (stopped) {
                return;
            }
            runs.merge(job, 1, Integer::sum);
        });
    }

    public void tick() {
        int n = timerQueue.size();
        for (int i = 0; i < n; i++) {
            Runnable task = timerQueue.poll();
            timerQueue.add(task);
            task.run();
        }
    }

    public Future<?> submitTimed(String job, long millis) {
        return workers.submit(() -> {
            synchronized (this) {
                lastDuration.put(job, millis);
            }
        });
    }

    public int runCount(String job) {
        ConcurrentMap<String, Integer> r = runs;
        return r == null ? 0 : r.getOrDefault(job, 0);
    }

    public synchronized String report() {
        ConcurrentMap<String, Integer> r = runs;
        StringBuilder sb = new StringBuilder();
        if (lastDuration != null) {
            for (Map.Entry<String, Long> e : lastDuration.entrySet()) {
                sb.append(e.getKey()).append('=').append(e.getValue()).append("ms ");
            }
        }
        return sb.append("runs=").append(r == null ? "{}" : r.toString()).toString();
    }

    public void stop() {
        stopped = true;
        runs = null;
        synchronized (this) {
            lastDuration = null;
        }
    }

    @Override
    public void close() {
        stop();
        workers.shutdownNow();
    }

    static void await(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L11JobScheduler.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) throws Exception {
        L11JobScheduler scheduler = new L11JobScheduler();
        scheduler.scheduleGuarded("cleanup");
        scheduler.tick();
        scheduler.tick();
        await(scheduler.submitTimed("backup", 120));
        await(scheduler.submitTimed("reindex", 45));
        System.out.println(scheduler.report() + " cleanup=" + scheduler.runCount("cleanup"));
        scheduler.stop();
        scheduler.tick();
        System.out.println(scheduler.report() + " cleanup=" + scheduler.runCount("cleanup"));

        L11JobScheduler other = new L11JobScheduler();
        other.scheduleRepeating("metrics");
        other.tick();
        System.out.println(other.report());
        other.stop();

        expectNpe(27, () -> other.tick());
        expectNpe(51, () -> await(scheduler.submitTimed("late", 1)));
        scheduler.close();
        other.close();
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
