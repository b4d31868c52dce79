package probe28;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Static multiplayer game lobby. A static enum phase is kept in step with the
 * static roster map: the roster exists in every phase but CLOSED. The map is
 * created before the phase leaves CLOSED and the phase returns to CLOSED
 * before the map is dropped. Methods test only the phase.
 */
public final class H40GameLobby {
    public enum Phase { CLOSED, OPEN, IN_MATCH }

    private static Phase phase = Phase.CLOSED;
    private static ConcurrentMap<String, Integer> roster; // player -> rating; null exactly when CLOSED
    private static int matchesStarted;

    private H40GameLobby() {
    }

    public static void open() {
        if (phase == Phase.CLOSED) {
            roster = new ConcurrentHashMap<>();
            phase = Phase.OPEN;
        }
    }

    public static void close() {
        phase = Phase.CLOSED;
        roster = null;
    }

    public static boolean join(String player, int rating) {
        if (phase != Phase.OPEN) {
            return false;
        }
        return roster.putIfAbsent(player, rating) == null;
    }

    public static boolean leave(String player) {
        return switch (phase) {
            case CLOSED -> false;
            case OPEN, IN_MATCH -> roster.remove(player) != null;
        };
    }

    public static boolean startMatch(int minPlayers) {
        if (phase == Phase.OPEN && roster.size() >= minPlayers) {
            phase = Phase.IN_MATCH;
            matchesStarted++;
            return true;
        }
        return false;
    }

    public static List<String> seeding() {
        if (phase == Phase.CLOSED) {
            return List.of();
        }
        return roster.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey())
                .collect(Collectors.toList());
    }

    public static int players() {
        return phase == Phase.CLOSED ? 0 : roster.size();
    }

    public static Phase phase() {
        return phase;
    }

    public static void main(String[] args) {
        assert !join("neo", 1500);
        assert !leave("neo");
        assert !startMatch(0);
        assert seeding().isEmpty();
        assert players() == 0;
        close();
        open();
        assert join("neo", 1500) && join("trin", 1700) && join("morph", 1500);
        assert !join("neo", 1);
        assert !startMatch(4);
        assert leave("morph");
        assert startMatch(2);
        assert phase() == Phase.IN_MATCH;
        assert !join("smith", 2000);
        assert seeding().equals(List.of("trin", "neo"));
        open();
        assert players() == 2;
        close();
        assert players() == 0;
        assert !leave("trin");
        open();
        assert players() == 0;
        assert matchesStarted == 1;
        System.out.println("phase=" + phase() + " matches=" + matchesStarted);
    }
}
