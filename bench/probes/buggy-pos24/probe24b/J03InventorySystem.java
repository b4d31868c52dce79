package probe24b;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public class J03InventorySystem {

    enum Item { GOLD, POTION, ARROW, KEY }

    abstract static class GameSystem {
        protected final String name;
        protected final List<String> events = new ArrayList<>();

        GameSystem(String name, boolean attachNow) {
            this.name = name;
            events.add("created " + describe());
            if (attachNow) onAttach();
        }

        final void attach() { onAttach(); }
        protected abstract void onAttach();
        protected abstract String describe();
    }

    static final class Inventory extends GameSystem {
        private final EnumMap<Item, Integer> counts = new EnumMap<>(Item.class);

        Inventory(boolean attachNow) {
            super("inventory", attachNow);
            events.add("ready " + describe());
        }

        @Override
        protected void onAttach() {
            counts.put(Item.GOLD, 10); // BUG
            events.add("attached");
        }

        @Override
        protected String describe() {
            return counts == null ? name + " (pending)" : name + " " + counts.keySet();
        }

        void add(Item item, int n) { counts.merge(item, n, Integer::sum); }
        int count(Item item) { return counts.getOrDefault(item, 0); }

        boolean spend(Item item, int n) {
            int have = counts.getOrDefault(item, 0);
            if (have < n) return false;
            counts.put(item, have - n);
            return true;
        }
    }

    static final class Loadout {
        final String hero;
        final Map<Item, Integer> bonuses;

        Loadout(String hero) { this(hero, null); }

        Loadout(String hero, Map<Item, Integer> bonuses) {
            this.hero = hero;
            this.bonuses = bonuses;
        }

        int bonus(Item item) {
            return bonuses == null ? 0 : bonuses.getOrDefault(item, 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Loadout other && hero.equals(other.hero) && Objects.equals(bonuses, other.bonuses);
        }

        @Override
        public int hashCode() {
            return 31 * hero.hashCode() + bonuses.hashCode(); // BUG
        }

        @Override
        public String toString() {
            return bonuses == null ? hero : hero + bonuses;
        }
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        Inventory inv = new Inventory(false);
        inv.attach();
        inv.add(Item.ARROW, 20);
        boolean spentArrows = inv.spend(Item.ARROW, 5);
        boolean spentKey = inv.spend(Item.KEY, 1);
        assert inv.count(Item.GOLD) == 10 && inv.count(Item.ARROW) == 15 && spentArrows && !spentKey;
        assert inv.events.equals(List.of("created inventory (pending)", "ready inventory []", "attached"));
        Map<Item, Integer> buffs = new EnumMap<>(Item.class);
        buffs.put(Item.ARROW, 2);
        Loadout archer = new Loadout("archer", buffs);
        Loadout mage = new Loadout("mage");
        Set<Loadout> party = new HashSet<>();
        party.add(archer);
        assert party.contains(new Loadout("archer", new EnumMap<>(buffs)));
        assert mage.bonus(Item.ARROW) == 0 && archer.bonus(Item.ARROW) == 2 && !mage.equals(archer);
        assert mage.toString().equals("mage") && archer.toString().equals("archer{ARROW=2}");

        try {
            new Inventory(true);
            missed(40);
        } catch (NullPointerException e) { report(e, 40); }
        try {
            party.add(new Loadout("rogue"));
            missed(82);
        } catch (NullPointerException e) { report(e, 82); }
    }

    private static final String FILE = "J03InventorySystem.java";

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
