package probe19;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Virtual-time job scheduler that runs due jobs when the clock advances. */
public class M14JobScheduler {
    private TreeMap<Long, List<Runnable>> queue;
    private boolean shutdown;
    private long now;

    public M14JobScheduler() {
        queue = new TreeMap<>();
    }

    public boolean schedule(long delayMillis, Runnable job) {
        if (shutdown) {
            return false;
        }
        queue.computeIfAbsent(now + Math.max(0, delayMillis), t -> new ArrayList<>()).add(job);
        return true;
    }

    public int advance(long millis) {
        int ran = 0;
        if (shutdown) {
            return ran;
        }
        now += millis;
        while (!shutdown) {
            Map.Entry<Long, List<Runnable>> due = queue.firstEntry();
            if (due == null || due.getKey() > now) {
                break;
            }
            queue.pollFirstEntry();
            for (Runnable job : due.getValue()) {
                job.run();
                ran++;
            }
        }
        return ran;
    }

    public int pending() {
        if (shutdown) {
            return 0;
        }
        int count = 0;
        for (List<Runnable> jobs : queue.values()) {
            count += jobs.size();
        }
        return count;
    }

    public List<Runnable> shutdownNow() {
        if (shutdown) {
            return List.of();
        }
        shutdown = true;
        List<Runnable> unrun = new ArrayList<>();
        queue.values().forEach(unrun::addAll);
        queue = null;
        return unrun;
    }

    public static void main(String[] args) {
        M14JobScheduler scheduler = new M14JobScheduler();
        System.out.println(scheduler.advance(10) + " " + scheduler.pending());
        scheduler.schedule(5, () -> System.out.println("flush cache"));
        scheduler.schedule(5, () -> scheduler.schedule(1, () -> System.out.println("follow-up")));
        scheduler.schedule(50, () -> System.out.println("report"));
        System.out.println("ran " + scheduler.advance(6) + ", pending " + scheduler.pending());
        System.out.println("ran " + scheduler.advance(1));
        scheduler.schedule(0, () -> System.out.println("unrun cancelled: " + scheduler.shutdownNow().size()));
        scheduler.schedule(0, () -> System.out.println("same batch still runs"));
        System.out.println("ran " + scheduler.advance(0) + ", pending " + scheduler.pending());
        System.out.println(scheduler.schedule(1, () -> { }) + " " + scheduler.advance(100) + " " + scheduler.shutdownNow());
    }
}
