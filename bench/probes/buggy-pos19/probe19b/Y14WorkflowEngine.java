package probe19b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tiny state-machine workflow engine: define rules, compile, start, fire events. */
public class Y14WorkflowEngine {

    enum Phase { NEW, COMPILED, RUNNING, FAILED, DONE }

    record Rule(String from, String event, String to) { }

    private final List<Rule> rules = new ArrayList<>();
    private Phase phase = Phase.NEW;
    private Map<String, Map<String, String>> transitions; // from -> (event -> to)
    private Map<String, Integer> visits;
    private String current;
    private String error;

    void define(String from, String event, String to) {
        rules.add(new Rule(from, event, to));
    }

    void compile() {
        Map<String, Map<String, String>> t = new HashMap<>();
        for (Rule r : rules) {
            String previous = t.computeIfAbsent(r.from(), k -> new HashMap<>()).put(r.event(), r.to());
            if (previous != null) {
                phase = Phase.FAILED;
                error = "ambiguous rule " + r;
                return;
            }
        }
        transitions = t;
        phase = Phase.COMPILED;
    }

    void start(String initial) {
        if (phase != Phase.COMPILED) {
            throw new IllegalStateException(phase.name());
        }
        visits = new TreeMap<>();
        current = initial;
        visits.merge(initial, 1, Integer::sum);
        phase = Phase.RUNNING;
    }

    void fire(String event) {
        if (phase != Phase.RUNNING) {
            throw new IllegalStateException(phase.name());
        }
        String next = transitions.getOrDefault(current, Map.of()).get(event);
        if (next == null) {
            phase = Phase.FAILED;
            error = "no transition for " + event + " in " + current;
            return;
        }
        current = next;
        visits.merge(next, 1, Integer::sum);
        if (!transitions.containsKey(next)) {
            phase = Phase.DONE;
        }
    }

    Phase phase() {
        return phase;
    }

    /** Admin UI summary. */
    String report() {
        return switch (phase()) {
            case NEW -> "not compiled";
            case COMPILED -> "compiled, " + transitions.size() + " states";
            case RUNNING, DONE -> "at " + current + ", visits " + visits;
            case FAILED -> error + " after " + visits.size() + " distinct states"; // BUG
        };
    }

    /** Used by the UI to grey out buttons. */
    boolean canFire(String event) {
        if (phase() == Phase.NEW) {
            return false;
        }
        return transitions.getOrDefault(current, Map.of()).containsKey(event); // BUG
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y14WorkflowEngine.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y14WorkflowEngine.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y14WorkflowEngine wf = new Y14WorkflowEngine();
        System.out.println(wf.report() + " " + wf.canFire("submit"));
        wf.define("draft", "submit", "review");
        wf.define("review", "approve", "published");
        wf.compile();
        System.out.println(wf.report());
        wf.start("draft");
        wf.fire("submit");
        System.out.println(wf.report() + " " + wf.canFire("approve"));
        wf.fire("reject");
        System.out.println(wf.report());

        prove(78, () -> {
            Y14WorkflowEngine bad = new Y14WorkflowEngine();
            bad.define("draft", "submit", "review");
            bad.define("draft", "submit", "archive");
            bad.compile();
            System.out.println(bad.report());
        });
        prove(87, () -> {
            Y14WorkflowEngine bad = new Y14WorkflowEngine();
            bad.define("a", "go", "b");
            bad.define("a", "go", "c");
            bad.compile();
            System.out.println(bad.canFire("go"));
        });
    }
}
