package probe24;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A game save slot with a hand-written {@link Externalizable} format. An empty inventory
 * is stored as a null map and written as a count of zero; reading allocates the map only
 * when the stored count is positive.
 */
public class Z16SaveGameSlot implements Externalizable {

    private static final long serialVersionUID = 3L;

    private String playerName = "";
    private int level = 1;
    /** Item id to quantity; null while the inventory is empty. */
    private HashMap<String, Integer> inventory;

    /** Required by {@link Externalizable}. */
    public Z16SaveGameSlot() {
    }

    public Z16SaveGameSlot(String playerName, int level) {
        this.playerName = playerName;
        this.level = level;
    }

    public void pickUp(String item, int quantity) {
        if (inventory == null) {
            inventory = new HashMap<>();
        }
        inventory.merge(item, quantity, Integer::sum);
    }

    public int count(String item) {
        return inventory == null ? 0 : inventory.getOrDefault(item, 0);
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        out.writeUTF(playerName);
        out.writeInt(level);
        int n = inventory == null ? 0 : inventory.size();
        out.writeInt(n);
        if (n > 0) {
            for (Map.Entry<String, Integer> e : new TreeMap<>(inventory).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue());
            }
        }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        playerName = in.readUTF();
        level = in.readInt();
        int n = in.readInt();
        inventory = null;
        if (n > 0) {
            inventory = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                inventory.put(in.readUTF(), in.readInt());
            }
        }
    }

    static Z16SaveGameSlot roundTrip(Z16SaveGameSlot slot) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(slot);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Z16SaveGameSlot) in.readObject();
        }
    }

    @Override
    public String toString() {
        return playerName + "@" + level + " " + (inventory == null ? "{}" : new TreeMap<>(inventory).toString());
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Z16SaveGameSlot fresh = new Z16SaveGameSlot("Link", 1);
        Z16SaveGameSlot loadedFresh = roundTrip(fresh);
        System.out.println(loadedFresh + " " + loadedFresh.count("rupee"));
        Z16SaveGameSlot hero = new Z16SaveGameSlot("Zelda", 12);
        hero.pickUp("rupee", 50);
        hero.pickUp("arrow", 20);
        hero.pickUp("rupee", 5);
        Z16SaveGameSlot loaded = roundTrip(hero);
        System.out.println(loaded + " " + loaded.count("rupee"));
        loaded.pickUp("bomb", 3);
        System.out.println(roundTrip(loaded) + " " + roundTrip(new Z16SaveGameSlot()));
    }
}
