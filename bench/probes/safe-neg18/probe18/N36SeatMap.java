package probe18;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Seat assignment for a card-game table on a game server; a table exists only while open. */
public final class N36SeatMap {
    private String[] seats;
    private Map<String, Integer> seatOf;

    public void openTable(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
        seatOf = new HashMap<>();
        seats = new String[size];
    }

    public boolean sit(String player) {
        if (seats == null) {
            return false;
        }
        if (seatOf.containsKey(player)) {
            return false;
        }
        for (int i = 0; i < seats.length; i++) {
            if (seats[i] == null) {
                seats[i] = player;
                seatOf.put(player, i);
                return true;
            }
        }
        return false;
    }

    public boolean stand(String player) {
        if (seats == null) {
            return false;
        }
        Integer seat = seatOf.remove(player);
        if (seat == null) {
            return false;
        }
        seats[seat] = null;
        return true;
    }

    public int seatOf(String player) {
        if (seats != null) {
            Integer seat = seatOf.get(player);
            if (seat != null) {
                return seat;
            }
        }
        return -1;
    }

    public void closeTable() {
        seats = null;
        seatOf = null;
    }

    public String layout() {
        return seats == null ? "closed" : Arrays.toString(seats) + " seated=" + seatOf.size();
    }

    public static void main(String[] args) {
        N36SeatMap table = new N36SeatMap();
        System.out.println(table.sit("ann") + " " + table.stand("ann") + " " + table.seatOf("ann") + " " + table.layout());
        table.openTable(3);
        for (String p : new String[] {"ann", "bob", "ann", "cy", "dee"}) {
            table.sit(p);
        }
        table.stand("bob");
        table.sit("dee");
        System.out.println(table.layout() + " dee@" + table.seatOf("dee"));
        table.closeTable();
        table.closeTable();
        System.out.println(table.layout() + " " + table.sit("eve"));
        table.openTable(1);
        table.openTable(2);
        System.out.println(table.sit("eve") + " " + table.layout());
    }
}
