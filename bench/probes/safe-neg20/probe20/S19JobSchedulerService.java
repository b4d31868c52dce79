package probe20;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class S19JobSchedulerService {
    enum State { NEW, RUNNING, STOPPED }

    private State state = State.NEW;
    private TreeMap<Long, List<String>> timeline;
    private Map<String, Long> lastRun;
    private long clock;

    public void start() {
        timeline = new TreeMap<>();
        lastRun = new TreeMap<>();
        state = State.RUNNING;
    }

    public void stop() {
        state = State.STOPPED;
        timeline = null;
        lastRun = null;
    }

    public boolean schedule(String job, long delay) {
        if (state != State.RUNNING || timeline == null) {
            return false;
        }
        timeline.computeIfAbsent(clock + delay, t -> new ArrayList<>()).add(job);
        return true;
    }

    public List<String> advance(long by) {
        List<String> fired = new ArrayList<>();
        clock += by;
        if (timeline == null || lastRun == null) {
            return fired;
        }
        while (!timeline.isEmpty() && timeline.firstKey() <= clock) {
            Map.Entry<Long, List<String>> e = timeline.pollFirstEntry();
            for (String job : e.getValue()) {
                fired.add(job);
                lastRun.put(job, e.getKey());
            }
        }
        return fired;
    }

    public String lastRunOf(String job) {
        if (lastRun == null) {
            return "n/a";
        }
        Long t = lastRun.get(job);
        return t == null ? "never" : "t=" + t;
    }

    public static void main(String[] args) {
        S19JobSchedulerService s = new S19JobSchedulerService();
        System.out.println("schedule before start: " + s.schedule("backup", 5));
        System.out.println("advance before start: " + s.advance(10));
        s.start();
        s.schedule("backup", 5);
        s.schedule("report", 2);
        s.schedule("cleanup", 5);
        System.out.println("fired: " + s.advance(3));
        System.out.println("fired: " + s.advance(3));
        System.out.println("backup " + s.lastRunOf("backup") + ", rotate " + s.lastRunOf("rotate"));
        s.stop();
        System.out.println("schedule after stop: " + s.schedule("late", 1));
        System.out.println("advance after stop: " + s.advance(5) + " state=" + s.state);
        System.out.println("backup " + s.lastRunOf("backup"));
    }
}
