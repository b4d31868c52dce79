package probe24b;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

public class J16Leaderboard {

    static final class PlayerCard {
        final String name;
        final SortedMap<String, Integer> badges;

        PlayerCard(String name, SortedMap<String, Integer> badges) {
            this.name = name;
            this.badges = badges;
        }

        int badge(String b) {
            return badges == null ? 0 : badges.getOrDefault(b, 0);
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof PlayerCard other)) {
                return false;
            }
            return name.equals(other.name) && badges.equals(other.badges); // BUG
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, badges);
        }

        @Override
        public String toString() {
            return badges == null ? name : name + badges;
        }
    }

    private final TreeMap<Integer, String> scores = new TreeMap<>(Comparator.reverseOrder());
    private SortedMap<Integer, String> archive;
    private int season = 1;

    void submit(String player, int score) {
        scores.put(score, player);
    }

    String leader() {
        return scores.isEmpty() ? "nobody" : scores.firstEntry().getValue();
    }

    void closeSeason() {
        archive = new TreeMap<>(scores);
        scores.clear();
        season++;
    }

    SortedMap<Integer, String> getArchive() {
        return archive;
    }

    boolean hasArchive() {
        return archive != null;
    }

    String hallOfFame() {
        Integer best = getArchive().firstKey(); // BUG
        return archive.get(best) + " (" + best + ")";
    }

    String hallOfFameOrNone() {
        if (!hasArchive() || getArchive().isEmpty()) {
            return "none";
        }
        Integer best = getArchive().firstKey();
        return archive.get(best) + " (" + best + ")";
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J16Leaderboard board = new J16Leaderboard();
        board.submit("neo", 900);
        board.submit("trinity", 950);
        assert board.leader().equals("trinity") && board.hallOfFameOrNone().equals("none");
        board.closeSeason();
        assert board.hallOfFame().equals("trinity (950)") && board.hallOfFameOrNone().equals("trinity (950)");
        assert board.leader().equals("nobody") && board.season == 2 && board.getArchive().size() == 2;
        SortedMap<String, Integer> medals = new TreeMap<>();
        medals.put("speedrun", 2);
        List<PlayerCard> cards = new ArrayList<>();
        cards.add(new PlayerCard("neo", medals));
        cards.add(new PlayerCard("morpheus", null));
        assert cards.contains(new PlayerCard("neo", new TreeMap<>(medals)));
        assert cards.get(0).badge("speedrun") == 2 && cards.get(1).badge("speedrun") == 0;
        assert !cards.get(0).equals(cards.get(1)) && cards.get(1).equals(cards.get(1));
        assert cards.get(1).hashCode() == Objects.hash("morpheus", null) && cards.get(1).toString().equals("morpheus");

        try {
            cards.contains(new PlayerCard("morpheus", null));
            missed(33);
        } catch (NullPointerException e) { report(e, 33); }
        try {
            J16Leaderboard fresh = new J16Leaderboard();
            fresh.submit("smith", 700);
            fresh.hallOfFame();
            missed(74);
        } catch (NullPointerException e) { report(e, 74); }
    }

    private static final String FILE = "J16Leaderboard.java";

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
