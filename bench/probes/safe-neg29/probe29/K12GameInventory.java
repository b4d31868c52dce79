package probe29;

import java.util.EnumMap;
import java.util.Map;

/** Player inventory for a small dungeon game. A player exists between spawn and death. */
public class K12GameInventory {

    public enum Item { SWORD, POTION, KEY, GOLD }

    private String playerName;
    private EnumMap<Item, Integer> inventory;
    private int deaths;

    public void spawn(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("player needs a name");
        }
        inventory = new EnumMap<>(Item.class);
        inventory.put(Item.GOLD, 10);
        playerName = name;
    }

    public boolean isAlive() {
        return playerName != null;
    }

    public void pickUp(Item item, int qty) {
        if (playerName == null) {
            throw new IllegalStateException("no player");
        }
        inventory.merge(item, qty, Integer::sum);
    }

    public boolean use(Item item) {
        if (playerName == null) {
            return false;
        }
        Integer have = inventory.get(item);
        if (have == null || have == 0) {
            return false;
        }
        if (have == 1 && item != Item.GOLD) {
            inventory.remove(item);
        } else {
            inventory.put(item, have - 1);
        }
        return true;
    }

    public int gold() {
        if (playerName == null) {
            return 0;
        }
        return inventory.get(Item.GOLD);
    }

    public String status() {
        if (playerName == null) {
            return "(no player, deaths=" + deaths + ")";
        }
        StringBuilder sb = new StringBuilder(playerName).append(':');
        for (Map.Entry<Item, Integer> e : inventory.entrySet()) {
            sb.append(' ').append(e.getKey()).append('x').append(e.getValue());
        }
        return sb.toString();
    }

    public void die() {
        if (playerName != null) {
            deaths++;
        }
        playerName = null;
        inventory = null;
    }

    public void spend(int amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (amount > gold()) {
            throw new IllegalArgumentException("not enough gold");
        }
        inventory.put(Item.GOLD, gold() - amount);
    }

    public static void main(String[] args) {
        K12GameInventory game = new K12GameInventory();
        System.out.println(game.status() + " alive=" + game.isAlive() + " gold=" + game.gold()
                + " use=" + game.use(Item.POTION));
        try {
            game.pickUp(Item.KEY, 1);
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        try {
            game.spend(1);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        try {
            game.spend(0);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        try {
            game.spawn(" ");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        game.spawn("hero");
        game.pickUp(Item.POTION, 2);
        game.pickUp(Item.SWORD, 1);
        game.pickUp(Item.GOLD, 5);
        System.out.println(game.status());
        System.out.println("use potion=" + game.use(Item.POTION) + " key=" + game.use(Item.KEY)
                + " sword=" + game.use(Item.SWORD) + " sword again=" + game.use(Item.SWORD));
        game.spend(14);
        System.out.println("use gold=" + game.use(Item.GOLD) + " again=" + game.use(Item.GOLD) + " gold=" + game.gold());
        System.out.println(game.status() + " gold=" + game.gold());
        game.die();
        game.die();
        System.out.println(game.status() + " gold=" + game.gold());
    }
}
