package probe32;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public final class BG02Scheduler {
    private static final String FILE = "BG02Scheduler.java";

    enum Policy { FIFO, PRIORITY, FAIR, DEADLINE }

    // stands in for a platform timer that keeps firing registered callbacks
    static final class ExternalTimer {
        private final List<Runnable> callbacks = new ArrayList<>();

        void register(Runnable callback) {
            callbacks.add(callback);
        }

        void fireAll() {
            for (Runnable callback : callbacks) {
                callback.run();
            }
        }
    }

    static final class TaskScheduler implements AutoCloseable {
        private Map<String, Long> lastRun = new HashMap<>();
        private final Map<String, Integer> priorities = new HashMap<>();
        private TreeMap<Integer, Deque<String>> queues;
        private boolean closed;
        private long clock;

        void configure(Policy policy) {
            switch (policy) {
                case FIFO:
                    queues = new TreeMap<>();
                    break;
                case PRIORITY:
                    queues = new TreeMap<>((a, b) -> Integer.compare(b, a));
                    break;
                case FAIR:
                    queues = new TreeMap<>();
                    priorities.clear();
                    break;
            }
        }

        Runnable trigger(String name) {
            return () -> {
                clock++;
                lastRun.put(name, clock);
            };
        }

        void submit(String task, int priority) {
            queues.computeIfAbsent(priority, k -> new ArrayDeque<>()).addLast(task);
            priorities.put(task, priority);
        }

        boolean cancel(String task) {
            Integer priority = priorities.remove(task);
            TreeMap<Integer, Deque<String>> q = queues;
            if (priority == null || q == null) {
                return false;
            }
            Deque<String> lane = q.get(priority);
            boolean removed = lane != null && lane.remove(task);
            if (lane != null && lane.isEmpty()) {
                q.remove(priority);
            }
            return removed;
        }

        int pending() {
            TreeMap<Integer, Deque<String>> q = queues;
            if (q == null) {
                return 0;
            }
            int n = 0;
            for (Deque<String> lane : q.values()) {
                n += lane.size();
            }
            return n;
        }

        String tick() {
            if (closed) {
                return null;
            }
            clock++;
            TreeMap<Integer, Deque<String>> q = queues;
            if (q == null || q.isEmpty()) {
                return null;
            }
            Map.Entry<Integer, Deque<String>> first = q.firstEntry();
            String task = first.getValue().pollFirst();
            if (first.getValue().isEmpty()) {
                q.remove(first.getKey());
            }
            lastRun.put(task, clock);
            return task;
        }

        Long lastRunOf(String name) {
            Map<String, Long> runs = lastRun;
            return runs == null ? null : runs.get(name);
        }

        @Override
        public void close() {
            closed = true;
            lastRun = null;
            queues = null;
        }
    }

    public static void main(String[] args) throws Exception {
        TaskScheduler scheduler = new TaskScheduler();
        scheduler.configure(Policy.PRIORITY);
        scheduler.submit("compact", 1);
        scheduler.submit("backup", 5);
        scheduler.submit("vacuum", 3);
        System.out.println("cancel=" + scheduler.cancel("vacuum") + " pending=" + scheduler.pending());
        System.out.println("ran=" + scheduler.tick() + " then=" + scheduler.tick() + " at=" + scheduler.lastRunOf("compact"));
        ExternalTimer timer = new ExternalTimer();
        timer.register(scheduler.trigger("heartbeat"));
        timer.fireAll();
        System.out.println("heartbeat at=" + scheduler.lastRunOf("heartbeat"));
        scheduler.close();
        System.out.println("closed tick=" + scheduler.tick() + " pending=" + scheduler.pending()
                + " last=" + scheduler.lastRunOf("compact") + " cancel=" + scheduler.cancel("backup"));

        TaskScheduler nightly = new TaskScheduler();
        nightly.configure(Policy.FAIR);
        ExternalTimer platformTimer = new ExternalTimer();
        platformTimer.register(nightly.trigger("report"));
        platformTimer.fireAll();
        nightly.close();
        expectNpe(57, platformTimer::fireAll);

        TaskScheduler deadlines = new TaskScheduler();
        deadlines.configure(Policy.DEADLINE);
        expectNpe(62, () -> deadlines.submit("expire-sessions", 2));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
