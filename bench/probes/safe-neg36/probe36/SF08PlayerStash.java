package probe36;

import java.util.EnumMap;
import java.util.NoSuchElementException;

/**
 * A roguelike player's stash: unlocked on reaching level 5, confiscated on permadeath.
 * Each use combines the null test with the real condition in one && / || expression.
 */
public final class SF08PlayerStash {
    enum Item { POTION, ARROW, GOLD, SCROLL }

    static final int UNLOCK_LEVEL = 5;

    private final String player;
    private int level = 1;
    private EnumMap<Item, Integer> stash; // created when unlocked, dropped on death

    public SF08PlayerStash(String player) {
        this.player = player;
    }

    public void gainLevel() {
        level++;
        if (level == UNLOCK_LEVEL && stash == null) {
            stash = new EnumMap<>(Item.class);
        }
    }

    public boolean has(Item item) {
        return stash != null && stash.containsKey(item);
    }

    public int count(Item item) {
        return stash != null && stash.containsKey(item) ? stash.get(item) : 0;
    }

    public void deposit(Item item, int amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (stash == null || level < UNLOCK_LEVEL) {
            throw new IllegalStateException(player + "'s stash is locked");
        }
        stash.merge(item, amount, Integer::sum);
    }

    public int withdraw(Item item, int amount) {
        if (stash == null || !stash.containsKey(item)) {
            throw new NoSuchElementException(player + " has no " + item + " stashed");
        }
        int have = stash.get(item);
        if (amount <= 0 || amount > have) {
            throw new IllegalArgumentException("cannot withdraw " + amount + " of " + have);
        }
        if (have == amount) {
            stash.remove(item);
        } else {
            stash.put(item, have - amount);
        }
        return amount;
    }

    public int totalItems() {
        int total = 0;
        if (stash != null && !stash.isEmpty()) {
            for (int n : stash.values()) {
                total += n;
            }
        }
        return total;
    }

    public void die() {
        level = 1;
        stash = null;
    }

    public static void main(String[] args) {
        SF08PlayerStash hero = new SF08PlayerStash("Ayla");
        for (int life = 0; life < 3; life++) {
            // Phase 1 / 3: locked (before unlocking, and after each death).
            check(!hero.has(Item.GOLD), "nothing stashed while locked");
            check(hero.count(Item.GOLD) == 0, "count 0 while locked");
            check(hero.totalItems() == 0, "total 0 while locked");
            expect(IllegalStateException.class, () -> hero.deposit(Item.GOLD, 10));
            expect(NoSuchElementException.class, () -> hero.withdraw(Item.GOLD, 1));
            expect(IllegalArgumentException.class, () -> hero.deposit(Item.GOLD, 0));
            // Phase 2 / 4: unlocked (created again after each death).
            for (int i = 1; i < UNLOCK_LEVEL; i++) {
                hero.gainLevel();
            }
            hero.deposit(Item.GOLD, 100);
            hero.deposit(Item.GOLD, 20);
            hero.deposit(Item.POTION, 2);
            check(hero.count(Item.GOLD) == 120 && hero.has(Item.POTION), "deposits");
            check(hero.withdraw(Item.POTION, 2) == 2 && !hero.has(Item.POTION), "potion withdrawn");
            expect(IllegalArgumentException.class, () -> hero.withdraw(Item.GOLD, 500));
            check(hero.totalItems() == 120, "total after withdraw");
            hero.gainLevel();
            check(hero.count(Item.GOLD) == 120, "stash survives further levels");
            hero.die();
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
