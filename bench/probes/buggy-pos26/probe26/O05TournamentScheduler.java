package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public class O05TournamentScheduler {

    private final ScheduledExecutorService timer;
    private volatile Map<String, Integer> scores = new HashMap<>();
    private volatile Map<Integer, List<String>> rounds = new TreeMap<>();
    private final List<String> announcements = Collections.synchronizedList(new ArrayList<>());

    public O05TournamentScheduler(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public void addRound(int round, String... players) {
        List<String> list = rounds.computeIfAbsent(round, r -> new ArrayList<>());
        for (String p : players) {
            list.add(p);
            scores.putIfAbsent(p, 0);
        }
    }

    public boolean recordWin(String player, int round, int points) {
        List<String> players = rounds.get(round);
        if (players == null || !players.contains(player)) {
            return false;
        }
        scores.merge(player, points, Integer::sum);
        return true;
    }

    public String leader() {
        Map<String, Integer> current = scores;
        if (current == null) {
            return null;
        }
        String best = null;
        for (Map.Entry<String, Integer> e : current.entrySet()) {
            if (best == null || e.getValue() > current.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    public Future<Integer> scheduleTally(long delayMs) {
        return timer.schedule(() -> {
            int total = 0;
            for (int points : scores.values()) {
                total += points;
            }
            announcements.add("total " + total);
            return total;
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    public Future<String> scheduleAnnouncement(int round, long delayMs) {
        return timer.schedule(() -> {
            Map<Integer, List<String>> snapshot = rounds;
            String text = snapshot == null ? "tournament closed" : "round " + round + ": " + snapshot.getOrDefault(round, List.of());
            announcements.add(text);
            return text;
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    public Map<String, Integer> finish() {
        Map<String, Integer> result = new TreeMap<>(scores);
        scores = null;
        return result;
    }

    private static Future<?> pause(ScheduledExecutorService timer, CountDownLatch gate) {
        return timer.submit(() -> {
            gate.await();
            return null;
        });
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O05TournamentScheduler.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O05TournamentScheduler.java:" + line + " OK");
        } else {
            System.out.println("MISS O05TournamentScheduler.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        O05TournamentScheduler t = new O05TournamentScheduler(timer);
        t.addRound(1, "ann", "bob");
        t.addRound(2, "ann", "cid");
        t.recordWin("ann", 1, 3);
        t.recordWin("cid", 2, 5);
        if (t.recordWin("bob", 2, 9) || t.scheduleTally(5).get() != 8 || !"cid".equals(t.leader())) {
            throw new IllegalStateException("scoring");
        }
        Map<String, Integer> table = t.finish();
        if (table.size() != 3 || t.leader() != null || !t.scheduleAnnouncement(2, 1).get().contains("cid")) {
            throw new IllegalStateException("finish");
        }
        if (t.recordWin("dan", 1, 1) || t.announcements.size() != 2) {
            throw new IllegalStateException("post-finish");
        }

        expectNpe(60, () -> {
            O05TournamentScheduler s = new O05TournamentScheduler(timer);
            s.addRound(1, "ann");
            CountDownLatch gate = new CountDownLatch(1);
            pause(timer, gate);
            Future<Integer> tally = s.scheduleTally(0);
            s.finish();
            gate.countDown();
            tally.get();
        });
        expectNpe(39, () -> {
            O05TournamentScheduler s = new O05TournamentScheduler(timer);
            s.addRound(1, "ann", "bob");
            s.finish();
            s.recordWin("bob", 1, 2);
        });
        timer.shutdown();
        if (failed > 0) {
            System.exit(1);
        }
    }
}
