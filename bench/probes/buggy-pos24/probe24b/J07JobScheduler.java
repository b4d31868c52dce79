package probe24b;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

public class J07JobScheduler {

    interface Job { void run(long now); }

    interface Tick { void fire(long now); }

    static class Scheduler {
        protected LinkedHashMap<String, Job> jobs;
        protected boolean started;
        protected boolean dryRun;
        protected final List<String> audit = new ArrayList<>();

        void start(boolean dryRun) {
            this.started = true;
            this.dryRun = dryRun;
            if (dryRun) {
                audit.add("dry run: jobs are only logged");
                return;
            }
            jobs = new LinkedHashMap<>();
        }

        void schedule(String name, Job job) {
            if (!started) throw new IllegalStateException("scheduler not started");
            jobs.put(name, job); // BUG
        }

        void scheduleOrLog(String name, Job job) {
            if (dryRun || jobs == null) {
                audit.add("would schedule " + name);
                return;
            }
            jobs.put(name, job);
        }

        boolean cancel(String name) {
            return jobs != null && jobs.remove(name) != null;
        }

        int runDue(long now) {
            if (dryRun || jobs == null) return 0;
            int ran = 0;
            for (Job j : jobs.values()) {
                j.run(now);
                ran++;
            }
            return ran;
        }

        void stop() { started = false; jobs = null; }
    }

    static final class CronScheduler extends Scheduler {
        private final List<Tick> ticks = new ArrayList<>();
        int fired;

        @Override
        void start(boolean dryRun) {
            super.start(dryRun);
            ticks.add(new Tick() {
                @Override
                public void fire(long now) {
                    for (String name : jobs.keySet()) { // BUG
                        audit.add("tick " + name + " @" + now);
                    }
                }
            });
            ticks.add(new Tick() {
                @Override
                public void fire(long now) {
                    if (started) {
                        fired += runDue(now);
                    }
                }
            });
        }

        void clockTick(long now) { ticks.forEach(t -> t.fire(now)); }
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        List<String> ran = new ArrayList<>();
        Scheduler plain = new Scheduler();
        plain.start(false);
        plain.schedule("backup", now -> ran.add("backup@" + now));
        plain.schedule("report", now -> ran.add("report@" + now));
        boolean cancelled = plain.cancel("report");
        assert cancelled && plain.runDue(10L) == 1;
        Scheduler dry = new Scheduler();
        dry.start(true);
        dry.scheduleOrLog("backup", now -> ran.add("never"));
        assert !dry.cancel("backup") && dry.runDue(10L) == 0 && dry.audit.size() == 2;
        CronScheduler cron = new CronScheduler();
        cron.start(false);
        cron.schedule("rotate-logs", now -> ran.add("rotate@" + now));
        cron.clockTick(60L);
        cron.stop();
        assert cron.fired == 1 && cron.audit.contains("tick rotate-logs @60");
        assert ran.equals(List.of("backup@10", "rotate@60"));
        assert !cron.cancel("rotate-logs") && cron.runDue(120L) == 0;

        try {
            dry.schedule("backup", now -> ran.add("never"));
            missed(31);
        } catch (NullPointerException e) { report(e, 31); }
        try {
            cron.clockTick(120L);
            missed(69);
        } catch (NullPointerException e) { report(e, 69); }
    }

    private static final String FILE = "J07JobScheduler.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
