package probe24b;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

public class J14Matchmaking {

    private static ConcurrentHashMap<String, Deque<String>> queues;
    private static final List<Runnable> MAINTENANCE = new ArrayList<>();
    private static final List<String> LOG = new ArrayList<>();

    static void bootstrap(List<String> regions) {
        if (regions.isEmpty()) {
            LOG.add("no regions configured, matchmaking disabled");
            return;
        }
        queues = new ConcurrentHashMap<>();
        for (String region : regions) {
            queues.put(region, new ArrayDeque<>());
        }
        MAINTENANCE.add(() -> queues.forEach((region, q) -> LOG.add(region + " waiting " + q.size()))); // BUG
        MAINTENANCE.add(() -> {
            ConcurrentHashMap<String, Deque<String>> current = queues;
            if (current != null) {
                current.forEach((region, q) -> {
                    while (q.size() > 100) {
                        LOG.add("dropped " + q.pollFirst());
                    }
                });
            }
        });
    }

    static boolean enabled() {
        return queues != null;
    }

    static void enqueue(String region, String player) {
        queues.computeIfAbsent(region, r -> new ArrayDeque<>()).add(player); // BUG
    }

    static void tryEnqueue(String region, String player) {
        if (enabled()) {
            queues.computeIfAbsent(region, r -> new ArrayDeque<>()).add(player);
        } else {
            LOG.add("rejected " + player);
        }
    }

    static int waiting(String region) {
        if (!enabled()) {
            return 0;
        }
        Deque<String> q = queues.get(region);
        return q == null ? 0 : q.size();
    }

    static List<String> match(String region) {
        ConcurrentHashMap<String, Deque<String>> current = queues;
        Deque<String> q = current == null ? null : current.get(region);
        if (q == null || q.size() < 2) {
            return List.of();
        }
        return List.of(q.pollFirst(), q.pollFirst());
    }

    static void runMaintenance() {
        for (Runnable task : MAINTENANCE) {
            task.run();
        }
    }

    static void teardown() {
        queues = null;
        LOG.add("queues released");
    }

    static void shutdown() {
        MAINTENANCE.clear();
        teardown();
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        bootstrap(List.of("eu", "us"));
        enqueue("eu", "p1");
        enqueue("eu", "p2");
        enqueue("apac", "p3");
        assert waiting("eu") == 2 && waiting("apac") == 1 && waiting("sa") == 0;
        List<String> game = match("eu");
        assert game.equals(List.of("p1", "p2")) && match("apac").isEmpty();
        runMaintenance();
        assert LOG.contains("eu waiting 0") && LOG.contains("apac waiting 1");
        shutdown();
        tryEnqueue("eu", "p4");
        assert !enabled() && waiting("eu") == 0 && match("eu").isEmpty();
        runMaintenance();
        bootstrap(List.of());
        assert !enabled() && LOG.contains("rejected p4");

        try {
            bootstrap(List.of("asia"));
            teardown();
            runMaintenance();
            missed(24);
        } catch (NullPointerException e) { report(e, 24); }
        try {
            shutdown();
            bootstrap(List.of());
            enqueue("eu", "p5");
            missed(42);
        } catch (NullPointerException e) { report(e, 42); }
    }

    private static final String FILE = "J14Matchmaking.java";

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
