package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A small cron-like scheduler with lifecycle, audit listeners and holiday calendars. */
public final class BE02CronScheduler {

    private static final String FILE = "BE02CronScheduler.java";

    record Job(String name, long periodMillis) { }

    private final List<Job> jobs = new ArrayList<>();
    private final List<Consumer<String>> listeners = new ArrayList<>();
    private Map<String, Long> nextRun;
    private Map<String, Integer> runCounts;
    private Map<String, String> calendars;
    private boolean started;
    private long maxSkew = 50L;

    public void schedule(String name, long periodMillis) {
        jobs.add(new Job(name, periodMillis));
        if (started) {
            nextRun.put(name, periodMillis);
        }
    }

    public void enableAudit() {
        listeners.add(event -> runCounts.merge(event, 1, Integer::sum));
    }

    public void configure(Map<String, String> options) {
        for (Map.Entry<String, String> e : options.entrySet()) {
            if (e.getKey().equals("maxSkew")) {
                maxSkew = Long.parseLong(e.getValue());
            }
        }
        fire("scheduler.configured");
        runCounts = new HashMap<>();
    }

    private void fire(String event) {
        for (Consumer<String> l : listeners) {
            l.accept(event);
        }
    }

    public void start(long now) {
        nextRun = new TreeMap<>();
        for (Job j : jobs) {
            nextRun.put(j.name(), now + j.periodMillis());
        }
        started = true;
    }

    public List<String> tick(long now) {
        List<String> due = new ArrayList<>();
        if (!started) {
            return due;
        }
        for (Job j : jobs) {
            long at = nextRun.getOrDefault(j.name(), Long.MAX_VALUE);
            if (at <= now + maxSkew && !calendarBlocks(j.name())) {
                due.add(j.name());
                nextRun.put(j.name(), now + j.periodMillis());
                fire(j.name());
            }
        }
        return due;
    }

    public boolean cancel(String name) {
        jobs.removeIf(j -> j.name().equals(name));
        return nextRun.remove(name) != null;
    }

    public int loadCalendars(String spec) {
        if (spec.isBlank()) {
            return 0;
        }
        calendars = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            calendars.put(kv[0].trim(), kv[1].trim());
        }
        return calendars.size();
    }

    public void holiday(String job, String day) {
        calendars.put(job, day);
    }

    private boolean calendarBlocks(String job) {
        Map<String, String> cal = calendars;
        return cal != null && cal.containsKey(job);
    }

    public int runs(String event) {
        return runCounts == null ? 0 : runCounts.getOrDefault(event, 0);
    }

    public static void main(String[] args) {
        BE02CronScheduler s = new BE02CronScheduler();
        s.schedule("backup", 100L);
        s.schedule("report", 300L);
        s.configure(Map.of("maxSkew", "10"));
        s.enableAudit();
        s.loadCalendars("report=sunday");
        s.holiday("backup", "monday");
        s.start(0L);
        s.schedule("gc", 50L);
        System.out.println("due=" + s.tick(100L) + " runs=" + s.runs("backup") + " cancel=" + s.cancel("gc"));

        try {
            BE02CronScheduler idle = new BE02CronScheduler();
            idle.schedule("backup", 100L);
            idle.cancel("backup");
            miss(79);
        } catch (NullPointerException e) {
            expect(e, 79);
        }
        try {
            BE02CronScheduler audited = new BE02CronScheduler();
            audited.enableAudit();
            audited.configure(Map.of());
            miss(34);
        } catch (NullPointerException e) {
            expect(e, 34);
        }
        try {
            BE02CronScheduler plain = new BE02CronScheduler();
            plain.loadCalendars("  ");
            plain.holiday("backup", "friday");
            miss(95);
        } catch (NullPointerException e) {
            expect(e, 95);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
