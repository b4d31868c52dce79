package probe20b;

import java.util.EnumMap;

/**
 * Order state machine with the time each stage was entered. Archiving a
 * finished order frees the timestamps but keeps the stage for listings.
 */
public class A11OrderWorkflow {

    private static final String FILE = "A11OrderWorkflow.java";

    public enum Stage { NEW, PAID, SHIPPED, DELIVERED, CANCELLED }

    private Stage stage = Stage.NEW;
    private EnumMap<Stage, Long> enteredAt;   // created by the first transition
    private boolean archived;

    public void advance(Stage next, long now) {
        if (archived) {
            throw new IllegalStateException("archived");
        }
        if (enteredAt == null) {
            enteredAt = new EnumMap<>(Stage.class);
        }
        enteredAt.put(next, now);
        stage = next;
    }

    public void archive() {
        enteredAt = null;
        archived = true;
    }

    public Stage stage() {
        return stage;
    }

    /** When the order was paid, or -1. */
    public long paidAt() {
        if (archived || stage == Stage.NEW) {
            return -1;
        }
        return enteredAt.getOrDefault(Stage.PAID, -1L);
    }

    /** When the current stage was entered, or -1 for a new order. */
    public long stageSince() {
        if (stage == Stage.NEW) {
            return -1;
        }
        return enteredAt.getOrDefault(stage, -1L); // BUG
    }

    /** Time from payment to delivery, or -1 while not delivered. */
    public long deliveryTime() {
        if (stage != Stage.DELIVERED) {
            return -1;
        }
        return enteredAt.getOrDefault(Stage.DELIVERED, 0L) - enteredAt.getOrDefault(Stage.PAID, 0L); // BUG
    }

    /** Whether the order was cancelled before it shipped. */
    public boolean cancelledEarly() {
        if (stage != Stage.CANCELLED || archived) {
            return false;
        }
        return !enteredAt.containsKey(Stage.SHIPPED);
    }

    public static void main(String[] args) {
        A11OrderWorkflow o = new A11OrderWorkflow();
        assert o.paidAt() == -1 && o.stageSince() == -1 && o.deliveryTime() == -1;
        o.advance(Stage.PAID, 100);
        o.advance(Stage.SHIPPED, 150);
        o.advance(Stage.DELIVERED, 400);
        assert o.paidAt() == 100 && o.stageSince() == 400 && o.deliveryTime() == 300;
        assert !o.cancelledEarly();
        o.archive();
        assert o.paidAt() == -1 && !o.cancelledEarly();
        A11OrderWorkflow c = new A11OrderWorkflow();
        c.advance(Stage.CANCELLED, 5);
        assert c.cancelledEarly() && c.deliveryTime() == -1;

        prove(52, () -> {
            A11OrderWorkflow w = new A11OrderWorkflow();
            w.advance(Stage.CANCELLED, 1);
            w.archive();
            w.stageSince();
        });
        prove(60, () -> {
            A11OrderWorkflow w = new A11OrderWorkflow();
            w.advance(Stage.DELIVERED, 1);
            w.archive();
            w.deliveryTime();
        });
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
