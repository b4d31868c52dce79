package probe29;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tiny workflow engine that walks a linear definition of steps. */
public class BD05WorkflowEngine {

    enum Mode { STRICT, LENIENT, DRY_RUN }

    enum StepState { PENDING, RUNNING, DONE }

    record Step(String id, String next) {
    }

    private final Mode mode;
    private final List<String> journal = new ArrayList<>();
    private Map<String, StepState> states;
    private Map<String, String> transitions;

    BD05WorkflowEngine(Mode mode) {
        this.mode = mode;
        switch (mode) {
            case STRICT -> states = new TreeMap<>();
            case LENIENT -> states = new HashMap<>();
            default -> journal.add("dry run: state tracking disabled");
        }
    }

    void loadDefinition(List<Step> steps) {
        for (Step s : steps) {
            if (transitions == null) {
                transitions = new LinkedHashMap<>();
            }
            transitions.put(s.id(), s.next());
        }
        journal.add("loaded " + steps.size() + " step(s)");
    }

    boolean hasDefinition() {
        return transitions != null && !transitions.isEmpty();
    }

    String firstStep() {
        if (!hasDefinition()) {
            return null;
        }
        return transitions.keySet().iterator().next();
    }

    String next(String stepId) {
        String target = transitions.get(stepId);
        return target == null ? "END" : target;
    }

    void start(String stepId) {
        journal.add(mode + " start " + stepId);
        states.put(stepId, StepState.RUNNING);
    }

    void complete(String stepId) {
        if (states != null) {
            states.put(stepId, StepState.DONE);
        }
        journal.add(mode + " complete " + stepId);
    }

    int run() {
        String current = firstStep();
        int steps = 0;
        while (current != null && !"END".equals(current)) {
            start(current);
            complete(current);
            current = next(current);
            steps++;
        }
        return steps;
    }

    Map<StepState, Integer> summary() {
        Map<StepState, Integer> counts = new EnumMap<>(StepState.class);
        Map<String, StepState> snapshot = states;
        if (snapshot == null) {
            return counts;
        }
        for (StepState s : snapshot.values()) {
            counts.merge(s, 1, Integer::sum);
        }
        return counts;
    }

    public static void main(String[] args) {
        List<Step> order = List.of(new Step("validate", "charge"), new Step("charge", "ship"),
                new Step("ship", "END"));
        BD05WorkflowEngine strict = new BD05WorkflowEngine(Mode.STRICT);
        strict.loadDefinition(order);
        System.out.println("strict ran " + strict.run() + " step(s): " + strict.summary());
        BD05WorkflowEngine dry = new BD05WorkflowEngine(Mode.DRY_RUN);
        dry.loadDefinition(order);
        dry.complete("validate");
        System.out.println("dry next=" + dry.next("validate") + " summary=" + dry.summary());
        System.out.println("dry journal " + dry.journal);
        BD05WorkflowEngine empty = new BD05WorkflowEngine(Mode.LENIENT);
        empty.loadDefinition(List.of());
        System.out.println("empty definition: " + empty.hasDefinition() + ", ran " + empty.run());
        System.out.println("empty summary " + empty.summary());

        try {
            System.out.println("next after validate: " + empty.next("validate"));
            noNpe("next() on an empty definition");
        } catch (NullPointerException e) {
            expect(e, 57);
        }
        try {
            dry.run();
            noNpe("run() in dry-run mode");
        } catch (NullPointerException e) {
            expect(e, 63);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD05WorkflowEngine.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
