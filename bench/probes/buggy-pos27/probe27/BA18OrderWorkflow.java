package probe27;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Order-fulfilment state machine with transition table, optional guards in strict mode and
 * an auditing subclass that timestamps state entries (a Spring-Statemachine-style workflow).
 */
public class BA18OrderWorkflow {
    enum State { NEW, PAID, SHIPPED, DELIVERED, CANCELLED }

    enum Event { PAY, SHIP, DELIVER, CANCEL }

    private final Map<State, Map<Event, State>> transitions = new EnumMap<>(State.class);
    private Map<State, Predicate<String>> guards;
    protected State current = State.NEW;

    /** @param resumeFrom state restored from persistence, or null for a brand-new order */
    public BA18OrderWorkflow(boolean strict, State resumeFrom) {
        define(State.NEW, Event.PAY, State.PAID);
        define(State.NEW, Event.CANCEL, State.CANCELLED);
        define(State.PAID, Event.SHIP, State.SHIPPED);
        define(State.PAID, Event.CANCEL, State.CANCELLED);
        define(State.SHIPPED, Event.DELIVER, State.DELIVERED);
        if (strict) {
            guards = new EnumMap<>(State.class);
            guards.put(State.SHIPPED, ref -> ref != null && ref.startsWith("TRK"));
        }
        if (resumeFrom != null) {
            enter(resumeFrom);
        }
    }

    private void define(State from, Event event, State to) {
        transitions.computeIfAbsent(from, s -> new EnumMap<>(Event.class)).put(event, to);
    }

    protected void enter(State state) {
        current = state;
    }

    public boolean canFire(Event event) {
        Map<Event, State> outgoing = transitions.get(current);
        return outgoing != null && outgoing.containsKey(event);
    }

    public State fire(Event event, String reference) {
        State next = transitions.get(current).get(event);
        if (next == null) {
            throw new IllegalStateException(current + " does not accept " + event);
        }
        Predicate<String> guard = guards == null ? null : guards.get(next);
        if (guard != null && !guard.test(reference)) {
            throw new IllegalStateException("guard rejected " + reference);
        }
        enter(next);
        return next;
    }

    public boolean isGuarded(State state) {
        return guards.containsKey(state);
    }

    public State current() {
        return current;
    }

    /** Records when each state was entered, for SLA reporting. */
    static class AuditedWorkflow extends BA18OrderWorkflow {
        private final Map<State, Instant> enteredAt = new EnumMap<>(State.class);

        AuditedWorkflow(boolean strict, State resumeFrom) {
            super(strict, resumeFrom);
        }

        @Override
        protected void enter(State state) {
            super.enter(state);
            enteredAt.put(state, Instant.now());
        }

        boolean wasEntered(State state) {
            return enteredAt.containsKey(state);
        }
    }

    public static void main(String[] args) {
        BA18OrderWorkflow order = new BA18OrderWorkflow(true, null);
        order.fire(Event.PAY, null);
        order.fire(Event.SHIP, "TRK-1");
        System.out.println("state " + order.current() + ", shipped guarded " + order.isGuarded(State.SHIPPED)
                + ", can deliver " + order.canFire(Event.DELIVER));
        order.fire(Event.DELIVER, null);
        System.out.println("delivered; can cancel " + order.canFire(Event.CANCEL));
        AuditedWorkflow audited = new AuditedWorkflow(false, null);
        audited.fire(Event.CANCEL, null);
        System.out.println("audited " + audited.current() + " entered CANCELLED " + audited.wasEntered(State.CANCELLED));
        BA18OrderWorkflow resumed = new BA18OrderWorkflow(false, State.PAID);
        System.out.println("resumed plain workflow at " + resumed.fire(Event.SHIP, "anything"));

        expectNpe(51, () -> order.fire(Event.CANCEL, null));
        expectNpe(64, () -> resumed.isGuarded(State.SHIPPED));
        expectNpe(82, () -> new AuditedWorkflow(true, State.PAID));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA18OrderWorkflow.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
