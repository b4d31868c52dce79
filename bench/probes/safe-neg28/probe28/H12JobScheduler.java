package probe28;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Cron-like in-process job scheduler. The time-ordered schedule is created on
 * the first schedule() call and discarded by cancelAll().
 */
public class H12JobScheduler {
    private final String name;
    private SortedMap<Long, String> schedule; // due time -> job name; null when nothing scheduled yet
    private final List<String> executed = new ArrayList<>();
    private long clock;

    public H12JobScheduler(String name) {
        this.name = name;
    }

    public boolean schedule(long dueAt, String job) {
        if (dueAt < clock) {
            return false;
        }
        if (schedule == null) {
            schedule = new TreeMap<>();
        }
        return schedule.putIfAbsent(dueAt, job) == null;
    }

    public Long nextDue() {
        return schedule == null || schedule.isEmpty() ? null : schedule.firstKey();
    }

    public List<String> advanceTo(long now) {
        clock = Math.max(clock, now);
        List<String> ran = new ArrayList<>();
        if (schedule == null) {
            return ran;
        }
        SortedMap<Long, String> due = schedule.headMap(clock + 1);
        ran.addAll(due.values());
        due.clear();
        executed.addAll(ran);
        return ran;
    }

    public int pending() {
        return schedule != null ? schedule.size() : 0;
    }

    public List<String> pendingNames() {
        return schedule == null ? List.of() : List.copyOf(schedule.values());
    }

    public void cancelAll() {
        schedule = null;
    }

    public String history() {
        return name + "@" + clock + " ran " + executed;
    }

    public static void main(String[] args) {
        H12JobScheduler s = new H12JobScheduler("ops");
        assert s.nextDue() == null;
        assert s.advanceTo(5).isEmpty();
        assert s.pending() == 0;
        assert s.pendingNames().isEmpty();
        assert !s.schedule(3, "too-late");
        assert s.nextDue() == null;
        assert s.schedule(10, "backup");
        assert s.schedule(20, "report");
        assert !s.schedule(10, "dup");
        assert s.schedule(30, "rotate-logs");
        assert Long.valueOf(10L).equals(s.nextDue());
        assert s.advanceTo(20).equals(List.of("backup", "report"));
        assert s.pendingNames().equals(List.of("rotate-logs"));
        s.cancelAll();
        assert s.pending() == 0;
        assert s.nextDue() == null;
        assert s.advanceTo(40).isEmpty();
        assert s.schedule(50, "cleanup");
        assert s.advanceTo(60).equals(List.of("cleanup"));
        assert s.history().equals("ops@60 ran [backup, report, cleanup]") : s.history();
        System.out.println(s.history());
    }
}
