package probe30;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cron-like job runner: configure, then start; run counts exist only while started. */
public final class T16JobScheduler {
    private boolean configured;
    private boolean started;
    private List<String> jobs = List.of();
    private LinkedHashMap<String, Integer> runCounts; // allocated by start(), which requires configure()
    private int workers;

    public void configure(int workers, List<String> jobs) {
        if (started) throw new IllegalStateException("stop before reconfiguring");
        if (workers < 1 || jobs.isEmpty()) throw new IllegalArgumentException("need a worker and a job");
        this.workers = workers;
        this.jobs = List.copyOf(jobs);
        configured = true;
    }

    public void start() {
        if (!configured) throw new IllegalStateException("not configured");
        if (started) throw new IllegalStateException("already started");
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        for (String job : jobs) counts.put(job, 0);
        runCounts = counts;
        started = true;
    }

    private boolean running() {
        return configured && started;
    }

    public void trigger(String job) {
        if (!running()) throw new IllegalStateException("scheduler not running");
        if (!runCounts.containsKey(job)) throw new IllegalArgumentException("unknown job " + job);
        runCounts.merge(job, 1, Integer::sum);
    }

    public int runs(String job) {
        return running() ? runCounts.getOrDefault(job, 0) : 0;
    }

    public Map<String, Integer> report() {
        if (!(configured && started)) return Map.of();
        return Collections.unmodifiableMap(new LinkedHashMap<>(runCounts));
    }

    public int workers() {
        return workers;
    }

    public void stop() {
        started = false;
        runCounts = null;
    }

    public void deconfigure() {
        if (started) throw new IllegalStateException("stop first");
        configured = false;
        jobs = List.of();
        workers = 0;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T16JobScheduler s = new T16JobScheduler();
        assert s.runs("backup") == 0 && s.report().isEmpty() && s.workers() == 0;
        expectFailure(() -> s.trigger("backup"));
        expectFailure(s::start);
        s.stop();
        s.deconfigure();

        expectFailure(() -> s.configure(0, List.of("backup")));
        s.configure(2, List.of("backup", "reindex"));
        assert s.runs("backup") == 0 && s.report().isEmpty(); // configured but not started
        expectFailure(() -> s.trigger("backup"));
        s.start();
        expectFailure(s::start);
        expectFailure(() -> s.configure(1, List.of("x")));
        expectFailure(s::deconfigure);
        s.trigger("backup");
        s.trigger("backup");
        expectFailure(() -> s.trigger("vacuum"));
        assert s.runs("backup") == 2 && s.runs("reindex") == 0 && s.workers() == 2;
        assert s.report().equals(Map.of("backup", 2, "reindex", 0));

        s.stop();
        assert s.runs("backup") == 0 && s.report().isEmpty();
        expectFailure(() -> s.trigger("backup"));
        s.deconfigure();
        expectFailure(s::start);
        s.configure(1, List.of("vacuum"));
        s.start();
        s.trigger("vacuum");
        assert s.report().equals(Map.of("vacuum", 1));
        s.stop();
        System.out.println("T16 ok");
    }
}
