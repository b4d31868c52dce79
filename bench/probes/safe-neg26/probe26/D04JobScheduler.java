package probe26;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tick-driven job scheduler with an explicit lifecycle. The job table exists only
 * between start() and stop(); operations that need it check the state first.
 */
public final class D04JobScheduler {

    /** Work executed by the scheduler. */
    public interface Job {
        void run(long tick);
    }

    private static final class Scheduled {
        final String name;
        final Job job;
        final long period;
        long nextRun;
        int runs;

        Scheduled(String name, Job job, long period, long firstRun) {
            this.name = name;
            this.job = job;
            this.period = period;
            this.nextRun = firstRun;
        }
    }

    private Map<String, Scheduled> jobs; // non-null only while started
    private long clock;
    private final List<String> log = new ArrayList<>();

    public void start() {
        if (jobs != null) {
            throw new IllegalStateException("already started");
        }
        jobs = new LinkedHashMap<>();
        clock = 0;
        log.add("started");
    }

    public boolean isRunning() {
        return jobs != null;
    }

    public void schedule(String name, long period, Job job) {
        if (jobs == null) {
            throw new IllegalStateException("scheduler not started");
        }
        jobs.put(name, new Scheduled(name, job, Math.max(1, period), clock + period));
    }

    public boolean cancel(String name) {
        if (jobs == null) {
            return false;
        }
        return jobs.remove(name) != null;
    }

    public int advance(long ticks) {
        if (jobs == null) {
            throw new IllegalStateException("scheduler not started");
        }
        int executed = 0;
        for (long i = 0; i < ticks; i++) {
            clock++;
            Map<String, Scheduled> current = jobs;
            if (current == null) {
                break; // a job stopped the scheduler
            }
            List<Scheduled> due = new ArrayList<>();
            for (Scheduled s : current.values()) {
                if (s.nextRun <= clock) {
                    due.add(s);
                }
            }
            for (Scheduled s : due) {
                s.runs++;
                s.nextRun = clock + s.period;
                executed++;
                s.job.run(clock);
            }
        }
        return executed;
    }

    public List<String> stop() {
        if (jobs == null) {
            return List.of();
        }
        List<String> summary = new ArrayList<>();
        for (Scheduled s : jobs.values()) {
            summary.add(s.name + " ran " + s.runs + "x");
        }
        jobs = null;
        log.add("stopped");
        return summary;
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    public static void main(String[] args) {
        D04JobScheduler sched = new D04JobScheduler();
        System.out.println("running=" + sched.isRunning() + " cancel=" + sched.cancel("x") + " stop=" + sched.stop());
        try {
            sched.schedule("early", 1, t -> { });
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        sched.start();
        List<Long> seen = new ArrayList<>();
        sched.schedule("heartbeat", 2, seen::add);
        sched.schedule("report", 5, t -> System.out.println("report at " + t));
        System.out.println("executed=" + sched.advance(10) + " seen=" + seen);
        System.out.println("cancel=" + sched.cancel("report") + " summary=" + sched.stop());
        sched.start();
        sched.schedule("killer", 3, t -> sched.stop());
        sched.schedule("other", 1, t -> { });
        System.out.println("executed until stopped=" + sched.advance(20) + " running=" + sched.isRunning());
        System.out.println(sched.log());
    }
}
