package probe18;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Order lifecycle for an e-commerce backend, driven by events through a per-state transition table. */
public final class N07OrderStateMachine {

    public enum Event { PAY, SHIP, DELIVER, CANCEL, REFUND }

    public enum OrderState {
        NEW, PAID, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

        private Map<Event, OrderState> transitions;

        static {
            for (OrderState s : values()) {
                s.transitions = new EnumMap<>(Event.class);
            }
            NEW.transitions.put(Event.PAY, PAID);
            NEW.transitions.put(Event.CANCEL, CANCELLED);
            PAID.transitions.put(Event.SHIP, SHIPPED);
            PAID.transitions.put(Event.REFUND, REFUNDED);
            SHIPPED.transitions.put(Event.DELIVER, DELIVERED);
            DELIVERED.transitions.put(Event.REFUND, REFUNDED);
        }

        public OrderState on(Event event) {
            return transitions.get(event);
        }

        public boolean isTerminal() {
            return transitions.isEmpty();
        }
    }

    private OrderState state = OrderState.NEW;
    private final List<String> history = new ArrayList<>();

    public boolean fire(Event event) {
        OrderState next = state.on(event);
        if (next == null) {
            history.add("rejected " + event + " in " + state);
            return false;
        }
        history.add(state + " -" + event + "-> " + next);
        state = next;
        return true;
    }

    public OrderState state() {
        return state;
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    public static void main(String[] args) {
        N07OrderStateMachine order = new N07OrderStateMachine();
        order.fire(Event.SHIP);
        order.fire(Event.PAY);
        order.fire(Event.SHIP);
        order.fire(Event.DELIVER);
        order.fire(Event.REFUND);
        order.fire(Event.CANCEL);
        order.history().forEach(System.out::println);
        System.out.println("terminal=" + order.state().isTerminal());
        for (OrderState s : OrderState.values()) {
            System.out.println(s + " terminal=" + s.isTerminal());
        }
    }
}
