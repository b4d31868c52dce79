package probe21b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Order workflow of the shop backend: a state per order and the allowed transitions. */
public class C19OrderWorkflow {

    private static final String FILE = "C19OrderWorkflow.java";

    /** Current state per order id; {@code null} until defined and after a purge. */
    protected Map<String, String> states;
    /** Allowed next states per state; built together with {@link #states}. */
    protected Map<String, Set<String>> transitions;

    protected void define() {
        states = new HashMap<>();
        transitions = new HashMap<>(Map.of("NEW", Set.of("PAID", "CANCELLED"), "PAID", Set.of("SHIPPED", "REFUNDED")));
    }

    /** Forgets all orders, e.g. after the nightly archive run; the transitions stay. */
    public void purgeOrders() {
        states = null;
    }

    public boolean advance(String order, String next) {
        if (states == null) {
            define();
        }
        String current = states.getOrDefault(order, "NEW");
        if (!transitions.getOrDefault(current, Set.of()).contains(next)) {
            return false;
        }
        states.put(order, next);
        return true;
    }

    /** Number of the given orders in a state, counted right away. */
    public long countInState(List<String> orders, String state) {
        if (states == null) {
            return 0;
        }
        return orders.stream().filter(o -> state.equals(states.get(o))).count();
    }

    /** The given orders that are in a state, streamed lazily to the report writer. */
    public Stream<String> inState(List<String> orders, String state) {
        if (states == null) {
            return Stream.empty();
        }
        return orders.stream().filter(o -> state.equals(states.get(o))); // BUG
    }

    /** Workflow seeded from the legacy system's order table. */
    static final class ImportedWorkflow extends C19OrderWorkflow {
        private final Map<String, String> legacy = Map.of("o9", "PAID", "o10", "NEW");

        @Override
        protected void define() {
            super.define();
            states.putAll(legacy);
        }
    }

    /** Workflow that keeps an audit trail of every transition. */
    static final class AuditedWorkflow extends C19OrderWorkflow {
        private final List<String> trail = new ArrayList<>();

        @Override
        public boolean advance(String order, String next) {
            String before = states.get(order); // BUG
            boolean moved = super.advance(order, next);
            trail.add(order + ": " + before + " -> " + states.get(order));
            return moved;
        }
    }

    public static void main(String[] args) {
        C19OrderWorkflow flow = new C19OrderWorkflow();
        String out = "" + flow.advance("o1", "PAID") + flow.advance("o2", "SHIPPED");
        out += flow.countInState(List.of("o1", "o2"), "PAID") + "" + flow.inState(List.of("o1"), "PAID").toList();
        flow.purgeOrders();
        out += flow.countInState(List.of("o1"), "PAID") + "" + flow.inState(List.of("o1"), "PAID").toList();
        out += new ImportedWorkflow().advance("o9", "SHIPPED");
        AuditedWorkflow audited = new AuditedWorkflow();
        audited.define();
        out += audited.advance("o3", "PAID") + "" + audited.advance("o3", "SHIPPED") + audited.trail;
        System.out.println("safe: " + out);

        prove(FILE, 55, () -> {
            C19OrderWorkflow w = new C19OrderWorkflow();
            w.advance("o5", "PAID");
            Stream<String> paid = w.inState(List.of("o5"), "PAID");
            w.purgeOrders();
            paid.toList();
        });
        prove(FILE, 75, () -> new AuditedWorkflow().advance("o6", "PAID"));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
