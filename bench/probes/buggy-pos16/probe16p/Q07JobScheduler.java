package probe16p;

import java.util.Map;
import java.util.TreeMap;

public class Q07JobScheduler {
    private volatile boolean running;
    private Map<String, Long> nextRunByJob;
    private final String scheduleSpec;

    public Q07JobScheduler(String scheduleSpec) {
        this.scheduleSpec = scheduleSpec;
    }

    public void start() {
        running = true;
        nextRunByJob = parseSchedule(scheduleSpec);
    }

    private static Map<String, Long> parseSchedule(String spec) {
        Map<String, Long> parsed = new TreeMap<>();
        for (String entry : spec.split(";")) {
            String[] parts = entry.split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("bad schedule entry: " + entry);
            }
            parsed.put(parts[0].trim(), Long.parseLong(parts[1].trim()));
        }
        return parsed;
    }

    public void submit(String job, long atMillis) {
        if (!running) {
            throw new IllegalStateException("scheduler not started");
        }
        nextRunByJob.put(job, atMillis); // BUG
    }

    public int tick(long nowMillis) {
        if (!running) {
            return 0;
        }
        int due = 0;
        for (Map.Entry<String, Long> entry : nextRunByJob.entrySet()) { // BUG
            if (entry.getValue() <= nowMillis) {
                due++;
            }
        }
        return due;
    }

    static Q07JobScheduler startQuietly(String spec) {
        Q07JobScheduler scheduler = new Q07JobScheduler(spec);
        try {
            scheduler.start();
        } catch (IllegalArgumentException e) {
            System.err.println("WARN schedule rejected, continuing with empty schedule: " + e.getMessage());
        }
        return scheduler;
    }

    public static void main(String[] args) {
        Q07JobScheduler good = startQuietly("backup=1000; cleanup=5000");
        good.submit("report", 2000);
        System.out.println("due = " + good.tick(3000));

        Q07JobScheduler broken = startQuietly("backup=1000; cleanup");
        prove("submit after rejected schedule", () -> broken.submit("report", 2000));
        prove("tick after rejected schedule", () -> broken.tick(3000));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
