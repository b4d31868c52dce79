package probe31;

import java.util.LinkedHashMap;
import java.util.Map;

/** Order lifecycle as a state machine; line items are released once the order is final. */
public final class I13OrderStateMachine {
    public enum Status { DRAFT, SUBMITTED, SHIPPED, CANCELLED }

    private Status status = Status.DRAFT;
    private LinkedHashMap<String, Integer> lines = new LinkedHashMap<>(); // null in SHIPPED and CANCELLED
    private int shippedUnits;

    public void addLine(String sku, int qty) {
        if (sku == null || qty <= 0) {
            throw new IllegalArgumentException("invalid line " + sku + " x" + qty);
        }
        switch (status) {
            case DRAFT -> lines.merge(sku, qty, Integer::sum);
            case SUBMITTED, SHIPPED, CANCELLED -> throw new IllegalStateException("order is " + status);
        }
    }

    public void submit() {
        status = switch (status) {
            case DRAFT -> {
                if (lines.isEmpty()) {
                    throw new IllegalStateException("cannot submit an empty order");
                }
                yield Status.SUBMITTED;
            }
            case SUBMITTED, SHIPPED, CANCELLED -> throw new IllegalStateException("cannot submit from " + status);
        };
    }

    public void ship() {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("cannot ship from " + status);
        }
        shippedUnits = lines.values().stream().mapToInt(Integer::intValue).sum();
        lines = null;
        status = Status.SHIPPED;
    }

    public void cancel() {
        switch (status) {
            case DRAFT, SUBMITTED -> {
                lines = null;
                status = Status.CANCELLED;
            }
            case SHIPPED -> throw new IllegalStateException("already shipped");
            case CANCELLED -> {
                // idempotent
            }
        }
    }

    public int totalUnits() {
        return switch (status) {
            case DRAFT, SUBMITTED -> lines.values().stream().mapToInt(Integer::intValue).sum();
            case SHIPPED -> shippedUnits;
            case CANCELLED -> 0;
        };
    }

    public Map<String, Integer> lines() {
        return switch (status) {
            case DRAFT, SUBMITTED -> Map.copyOf(lines);
            case SHIPPED, CANCELLED -> Map.of();
        };
    }

    public Status status() {
        return status;
    }

    public static void main(String[] args) {
        I13OrderStateMachine order = new I13OrderStateMachine();
        try {
            order.submit();
            throw new AssertionError("empty submit");
        } catch (IllegalStateException expected) {
            // empty
        }
        order.addLine("book", 2);
        order.addLine("pen", 3);
        order.addLine("book", 1);
        order.submit();
        if (order.totalUnits() != 6 || order.lines().get("book") != 3) throw new AssertionError("lines");
        order.ship();
        if (order.totalUnits() != 6 || !order.lines().isEmpty() || order.status() != Status.valueOf("SHIPPED")) throw new AssertionError("shipped");
        for (Runnable r : new Runnable[] {order::submit, order::ship, order::cancel, () -> order.addLine("x", 1)}) {
            try {
                r.run();
                throw new AssertionError("transition allowed after shipping");
            } catch (IllegalStateException expected) {
                // final state
            }
        }
        try {
            order.addLine(null, 1);
            throw new AssertionError("null sku");
        } catch (IllegalArgumentException expected) {
            // rejected
        }

        I13OrderStateMachine other = new I13OrderStateMachine();
        other.addLine("mug", 1);
        other.cancel();
        other.cancel();
        if (other.totalUnits() != 0 || !other.lines().isEmpty() || other.status() != Status.CANCELLED) throw new AssertionError("cancel");
        System.out.println("I13 " + order.status() + " " + order.totalUnits() + " / " + other.status() + " " + Status.values().length);
    }
}
