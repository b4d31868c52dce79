package probe26;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Knock-out tournament service of an e-sports platform. The seeding table exists exactly
 * while the phase is REGISTRATION or RUNNING; every transition updates phase and table
 * together, and methods consult the phase before touching the table.
 */
public final class D25TournamentBracket {

    public enum Phase { SETUP, REGISTRATION, RUNNING, FINISHED }

    private final String name;
    private Phase phase = Phase.SETUP;
    private Map<String, Integer> seeds; // non-null exactly when phase is REGISTRATION or RUNNING
    private final List<String> results = new ArrayList<>();
    private String champion;

    public D25TournamentBracket(String name) {
        this.name = name;
    }

    public boolean openRegistration() {
        if (phase == Phase.REGISTRATION || phase == Phase.RUNNING) {
            return false;
        }
        seeds = new LinkedHashMap<>();
        results.clear();
        champion = null;
        phase = Phase.REGISTRATION;
        return true;
    }

    public boolean register(String team, int rating) {
        if (phase != Phase.REGISTRATION || team == null) {
            return false;
        }
        return seeds.putIfAbsent(team, rating) == null;
    }

    public int registered() {
        return switch (phase) {
            case REGISTRATION, RUNNING -> seeds.size();
            case SETUP, FINISHED -> 0;
        };
    }

    public OptionalInt ratingOf(String team) {
        if (phase == Phase.REGISTRATION || phase == Phase.RUNNING) {
            Integer r = seeds.get(team);
            return r == null ? OptionalInt.empty() : OptionalInt.of(r);
        }
        return OptionalInt.empty();
    }

    public List<String> start() {
        if (phase != Phase.REGISTRATION || seeds.size() < 2) {
            return List.of();
        }
        phase = Phase.RUNNING;
        return seedOrder();
    }

    public List<String> seedOrder() {
        if (phase != Phase.RUNNING) {
            return List.of();
        }
        return seeds.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    public String playAll() {
        if (phase != Phase.RUNNING) {
            return champion;
        }
        List<String> round = seedOrder();
        int roundNo = 1;
        while (round.size() > 1) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i + 1 < round.size(); i += 2) {
                String a = round.get(i);
                String b = round.get(i + 1);
                String winner = seeds.get(a) >= seeds.get(b) ? a : b;
                results.add("R" + roundNo + ": " + a + " vs " + b + " -> " + winner);
                next.add(winner);
            }
            if (round.size() % 2 == 1) {
                next.add(round.get(round.size() - 1));
            }
            round = next;
            roundNo++;
        }
        champion = round.get(0);
        seeds = null;
        phase = Phase.FINISHED;
        return champion;
    }

    public void cancel() {
        seeds = null;
        phase = Phase.SETUP;
    }

    public Phase phase() {
        return phase;
    }

    public List<String> results() {
        return List.copyOf(results);
    }

    public static void main(String[] args) {
        D25TournamentBracket t = new D25TournamentBracket("Spring Cup");
        System.out.println(t.name + " " + t.phase() + " " + t.registered() + " " + t.register("x", 1) + " " + t.ratingOf("x")
                + " " + t.start() + " " + t.seedOrder() + " " + t.playAll());
        System.out.println(t.openRegistration() + " " + t.openRegistration() + " " + t.register("Wolves", 1800)
                + " " + t.register("Wolves", 1) + " " + t.start());
        t.register("Owls", 1650);
        t.register("Bears", 1900);
        t.register("Foxes", 1500);
        t.register("Hares", 1200);
        System.out.println(t.registered() + " " + t.ratingOf("Owls") + " " + t.ratingOf("Cats") + " " + t.start());
        System.out.println(t.register("Late", 2000) + " " + t.phase() + " champion=" + t.playAll() + " " + t.playAll());
        System.out.println(t.results() + " " + t.registered() + " " + t.ratingOf("Owls") + " " + t.seedOrder());
        t.openRegistration();
        t.register("Solo", 1000);
        t.cancel();
        System.out.println(t.phase() + " " + t.registered() + " " + t.ratingOf("Solo"));
    }
}
