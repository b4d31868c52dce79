package probe20;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class S40CronIndex {
    record CronJob(String name, int hour, int minute) { }

    private final List<CronJob> jobs = new ArrayList<>();
    private boolean indexed;
    private TreeMap<Integer, List<CronJob>> byMinuteOfDay;

    public S40CronIndex(boolean buildIndex) {
        this.indexed = buildIndex;
        if (buildIndex) {
            byMinuteOfDay = new TreeMap<>();
        }
    }

    public void add(CronJob job) {
        jobs.add(job);
        if (indexed) {
            byMinuteOfDay.computeIfAbsent(job.hour() * 60 + job.minute(), k -> new ArrayList<>()).add(job);
        }
    }

    public List<String> dueAt(int hour, int minute) {
        int key = hour * 60 + minute;
        List<String> out = new ArrayList<>();
        if (indexed) {
            for (CronJob j : byMinuteOfDay.getOrDefault(key, List.of())) {
                out.add(j.name());
            }
            return out;
        }
        for (CronJob j : jobs) {
            if (j.hour() * 60 + j.minute() == key) {
                out.add(j.name());
            }
        }
        return out;
    }

    public String nextAfter(int hour, int minute) {
        if (!indexed) {
            return "unindexed";
        }
        Map.Entry<Integer, List<CronJob>> e = byMinuteOfDay.higherEntry(hour * 60 + minute);
        if (e == null) {
            e = byMinuteOfDay.firstEntry();
        }
        return e == null ? "none" : e.getValue().get(0).name();
    }

    public void dropIndex() {
        indexed = false;
        byMinuteOfDay = null;
    }

    public static void main(String[] args) {
        for (boolean idx : new boolean[] {false, true}) {
            S40CronIndex cron = new S40CronIndex(idx);
            System.out.println("indexed=" + idx + " next(empty)=" + cron.nextAfter(0, 0));
            cron.add(new CronJob("backup", 2, 0));
            cron.add(new CronJob("rotate-logs", 2, 0));
            cron.add(new CronJob("report", 8, 30));
            cron.add(new CronJob("cleanup", 23, 45));
            System.out.println("  due 02:00=" + cron.dueAt(2, 0) + " due 08:31=" + cron.dueAt(8, 31));
            System.out.println("  next after 09:00=" + cron.nextAfter(9, 0) + " after 23:50=" + cron.nextAfter(23, 50));
            cron.dropIndex();
            cron.add(new CronJob("late", 8, 30));
            System.out.println("  after drop due 08:30=" + cron.dueAt(8, 30) + " next=" + cron.nextAfter(0, 0));
        }
    }
}
