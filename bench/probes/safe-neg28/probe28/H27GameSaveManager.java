package probe28;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Save-slot manager for a platformer game. The slot map is only created when
 * the player saves; all readers go through view(), which never returns null.
 */
public class H27GameSaveManager {
    public record SaveData(String level, int coins, long playSeconds) {}

    private final int maxSlots;
    private TreeMap<Integer, SaveData> slots; // null until first save, after wipe()
    private String profile = "player1";

    public H27GameSaveManager(int maxSlots) {
        this.maxSlots = maxSlots;
    }

    private Map<Integer, SaveData> view() {
        return slots == null ? Collections.emptyMap() : Collections.unmodifiableMap(slots);
    }

    public boolean save(int slot, SaveData data) {
        if (slot < 1 || slot > maxSlots || data == null) {
            return false;
        }
        if (slots == null) {
            slots = new TreeMap<>();
        }
        slots.put(slot, data);
        return true;
    }

    public Optional<SaveData> load(int slot) {
        return Optional.ofNullable(view().get(slot));
    }

    public int usedSlots() {
        return view().size();
    }

    public int firstFreeSlot() {
        for (int s = 1; s <= maxSlots; s++) {
            if (!view().containsKey(s)) {
                return s;
            }
        }
        return -1;
    }

    public int totalCoins() {
        return view().values().stream().mapToInt(SaveData::coins).sum();
    }

    public String menuText() {
        StringBuilder sb = new StringBuilder(profile);
        view().forEach((slot, d) -> sb.append(" [").append(slot).append(':').append(d.level()).append(']'));
        return sb.toString();
    }

    public void wipe() {
        slots = null;
    }

    public void switchProfile(String name) {
        profile = name;
        slots = null;
    }

    public static void main(String[] args) {
        H27GameSaveManager saves = new H27GameSaveManager(3);
        assert saves.load(1).isEmpty();
        assert saves.usedSlots() == 0;
        assert saves.firstFreeSlot() == 1;
        assert saves.totalCoins() == 0;
        assert saves.menuText().equals("player1");
        assert !saves.save(0, new SaveData("1-1", 0, 0));
        assert !saves.save(1, null);
        assert saves.save(1, new SaveData("1-3", 40, 600));
        assert saves.save(2, new SaveData("2-1", 75, 1300));
        assert saves.firstFreeSlot() == 3;
        assert saves.save(3, new SaveData("4-2", 10, 4000));
        assert saves.firstFreeSlot() == -1;
        assert saves.load(2).map(SaveData::coins).orElse(-1) == 75;
        assert saves.totalCoins() == 125;
        assert saves.menuText().equals("player1 [1:1-3] [2:2-1] [3:4-2]");
        saves.wipe();
        assert saves.usedSlots() == 0;
        saves.save(2, new SaveData("1-1", 1, 5));
        saves.switchProfile("guest");
        assert saves.menuText().equals("guest");
        assert saves.load(2).isEmpty();
        System.out.println(saves.menuText());
    }
}
