package probe18;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Single-threaded delayed-job scheduler keyed by due time, as used in a game server tick loop. */
public final class N11JobScheduler {
    private TreeMap<Long, List<String>> queue;
    private int pending;

    public void schedule(String job, long dueAt) {
        if (pending == 0) {
            queue = new TreeMap<>();
        }
        queue.computeIfAbsent(dueAt, k -> new ArrayList<>()).add(job);
        pending++;
    }

    public List<String> runDue(long now) {
        List<String> ran = new ArrayList<>();
        while (pending > 0) {
            Map.Entry<Long, List<String>> first = queue.firstEntry();
            if (first.getKey() > now) {
                break;
            }
            queue.pollFirstEntry();
            ran.addAll(first.getValue());
            pending -= first.getValue().size();
        }
        if (pending == 0) {
            queue = null;
        }
        return ran;
    }

    public boolean cancel(String job) {
        if (pending == 0) {
            return false;
        }
        Iterator<Map.Entry<Long, List<String>>> it = queue.entrySet().iterator();
        while (it.hasNext()) {
            List<String> jobs = it.next().getValue();
            if (jobs.remove(job)) {
                pending--;
                if (jobs.isEmpty()) {
                    it.remove();
                }
                if (pending == 0) {
                    queue = null;
                }
                return true;
            }
        }
        return false;
    }

    public Long nextDue() {
        return pending == 0 ? null : queue.firstKey();
    }

    public int pending() {
        return pending;
    }

    public static void main(String[] args) {
        N11JobScheduler s = new N11JobScheduler();
        System.out.println("idle run: " + s.runDue(10) + " next=" + s.nextDue() + " cancel=" + s.cancel("x"));
        s.schedule("spawn-boss", 50);
        s.schedule("save-world", 20);
        s.schedule("announce", 20);
        System.out.println("next=" + s.nextDue() + " pending=" + s.pending());
        System.out.println("ran@30: " + s.runDue(30));
        System.out.println("cancel boss: " + s.cancel("spawn-boss") + " pending=" + s.pending() + " next=" + s.nextDue());
        System.out.println("cancel again: " + s.cancel("spawn-boss"));
        s.schedule("respawn", 5);
        System.out.println("ran@100: " + s.runDue(100) + " ran@200: " + s.runDue(200));
    }
}
