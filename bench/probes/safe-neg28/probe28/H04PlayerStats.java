package probe28;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * RPG player statistics. Bonus stats come from equipped gear; with no gear
 * equipped the bonus map is null. Reads go through Optional.
 */
public class H04PlayerStats {
    public enum Stat { STRENGTH, AGILITY, INTELLECT, STAMINA }

    private final String playerName;
    private final EnumMap<Stat, Integer> base = new EnumMap<>(Stat.class);
    private EnumMap<Stat, Integer> gearBonus; // null while no gear is equipped
    private int level = 1;

    public H04PlayerStats(String playerName) {
        this.playerName = playerName;
        for (Stat s : Stat.values()) {
            base.put(s, 10);
        }
    }

    public void equip(Map<Stat, Integer> itemBonus) {
        EnumMap<Stat, Integer> merged = new EnumMap<>(Stat.class);
        Optional.ofNullable(gearBonus).ifPresent(merged::putAll);
        if (itemBonus != null) {
            itemBonus.forEach((k, v) -> merged.merge(k, v, Integer::sum));
        }
        gearBonus = merged;
    }

    public void unequipAll() {
        gearBonus = null;
    }

    public int bonus(Stat s) {
        return Optional.ofNullable(gearBonus)
                .map(m -> m.get(s))
                .orElse(0);
    }

    public int effective(Stat s) {
        return base.getOrDefault(s, 10) + bonus(s) + (level - 1) * 2;
    }

    public boolean hasGear() {
        return Optional.ofNullable(gearBonus).map(m -> !m.isEmpty()).orElse(false);
    }

    public void levelUp() {
        level++;
    }

    public int totalBonus() {
        return Optional.ofNullable(gearBonus)
                .map(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .orElse(0);
    }

    public String sheet() {
        StringBuilder sb = new StringBuilder(playerName).append(" L").append(level);
        for (Stat s : Stat.values()) {
            sb.append(' ').append(s.name().charAt(0)).append('=').append(effective(s));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        H04PlayerStats p = new H04PlayerStats("Aria");
        assert p.bonus(Stat.AGILITY) == 0;
        assert !p.hasGear();
        assert p.totalBonus() == 0;
        assert p.effective(Stat.STRENGTH) == 10;
        p.equip(Map.of(Stat.STRENGTH, 3));
        p.equip(Map.of(Stat.STRENGTH, 2, Stat.STAMINA, 4));
        assert p.bonus(Stat.STRENGTH) == 5;
        assert p.bonus(Stat.INTELLECT) == 0;
        assert p.hasGear();
        assert p.totalBonus() == 9;
        p.levelUp();
        assert p.effective(Stat.STAMINA) == 16;
        assert p.sheet().equals("Aria L2 S=17 A=12 I=12 S=16") : p.sheet();
        p.unequipAll();
        assert p.bonus(Stat.STRENGTH) == 0;
        assert !p.hasGear();
        assert p.totalBonus() == 0;
        p.equip(Map.of());
        assert !p.hasGear();
        p.equip(null);
        assert p.totalBonus() == 0;
        System.out.println(p.sheet());
    }
}
