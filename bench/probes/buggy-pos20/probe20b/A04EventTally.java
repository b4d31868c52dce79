package probe20b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * A tiny in-process event bus that counts events per type. {@link #reset()}
 * frees the tallies while the bus keeps delivering events.
 */
public class A04EventTally {

    private static final String FILE = "A04EventTally.java";

    private final List<Consumer<String>> listeners = new ArrayList<>();
    private final Consumer<String> auditListener;
    private Map<String, Integer> byType = new HashMap<>();
    private Map<String, Long> audit = new HashMap<>();

    public A04EventTally() {
        auditListener = type -> audit.merge(type, 1L, Long::sum);
        listeners.add(auditListener);
        listeners.add(type -> byType.merge(type, 1, Integer::sum)); // BUG
    }

    public void publish(String type) {
        for (Consumer<String> l : listeners) {
            l.accept(type);
        }
    }

    /** Frees the tallies; the audit listener is detached first. */
    public void reset() {
        listeners.remove(auditListener);
        audit = null;
        byType = null;
    }

    public int count(String type) {
        return byType == null ? 0 : byType.getOrDefault(type, 0);
    }

    /** A gauge the metrics exporter polls later. */
    public IntSupplier gauge(String type) {
        return () -> count(type);
    }

    /** A task the exporter runs later to list the event types seen so far. */
    public Runnable typesTask(List<String> out) {
        return () -> out.addAll(new TreeSet<>(byType.keySet())); // BUG
    }

    /** Lists the event types seen so far, right now. */
    public List<String> typesNow() {
        List<String> out = new ArrayList<>();
        if (byType != null) {
            out.addAll(new TreeSet<>(byType.keySet()));
        }
        return out;
    }

    public static void main(String[] args) {
        A04EventTally bus = new A04EventTally();
        bus.publish("click");
        bus.publish("click");
        bus.publish("scroll");
        assert bus.count("click") == 2;
        IntSupplier clicks = bus.gauge("click");
        List<String> seen = new ArrayList<>();
        bus.typesTask(seen).run();
        assert seen.equals(List.of("click", "scroll"));
        bus.reset();
        assert clicks.getAsInt() == 0;
        assert bus.typesNow().isEmpty();

        prove(27, () -> {
            A04EventTally b = new A04EventTally();
            b.reset();
            b.publish("click");
        });
        prove(54, () -> {
            A04EventTally b = new A04EventTally();
            Runnable task = b.typesTask(new ArrayList<>());
            b.reset();
            task.run();
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
