package probe24;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;

/**
 * Runs a game-server tournament: one thread per player plays several rounds in lock
 * step. The {@link CyclicBarrier}'s barrier action archives the previous round's score
 * map and installs a fresh one before any player is released into the next round.
 */
public class Z30TournamentRounds {

    private final List<Map<String, Integer>> completedRounds = new ArrayList<>();
    /** Scores of the round being played; null before the first round and after the tournament. */
    private volatile ConcurrentHashMap<String, Integer> roundScores;

    /** Barrier action: runs in the last arriving thread while all players wait. */
    private void nextRound() {
        if (roundScores != null) {
            completedRounds.add(new TreeMap<>(roundScores));
        }
        roundScores = new ConcurrentHashMap<>();
    }

    private void play(CyclicBarrier barrier, String player, int skill, int rounds) {
        try {
            for (int r = 1; r <= rounds; r++) {
                barrier.await();
                roundScores.merge(player, (skill * 31 + r * 17) % 10, Integer::sum);
            }
        } catch (InterruptedException | BrokenBarrierException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Plays all rounds, waiting for every player thread even if interrupted, and returns total scores. */
    public synchronized Map<String, Integer> playTournament(List<String> players, int rounds) {
        CyclicBarrier barrier = new CyclicBarrier(players.size(), this::nextRound);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            String player = players.get(i);
            int skill = i + 3;
            threads.add(new Thread(() -> play(barrier, player, skill, rounds), "player-" + player));
        }
        threads.forEach(Thread::start);
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (roundScores != null) {
            completedRounds.add(new TreeMap<>(roundScores));
            roundScores = null;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return standings();
    }

    public synchronized Map<String, Integer> standings() {
        Map<String, Integer> total = new TreeMap<>();
        completedRounds.forEach(round -> round.forEach((p, s) -> total.merge(p, s, Integer::sum)));
        return total;
    }

    public static void main(String[] args) {
        Z30TournamentRounds t = new Z30TournamentRounds();
        System.out.println(t.standings() + " " + (t.roundScores == null));
        System.out.println(t.playTournament(List.of("ann", "bo", "cy"), 3));
        System.out.println(t.playTournament(List.of("dee"), 2) + " rounds=" + t.completedRounds.size());
    }
}
