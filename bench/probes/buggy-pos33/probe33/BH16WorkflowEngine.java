package probe33;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public class BH16WorkflowEngine {
    enum Kind { TASK, PARALLEL, DECISION }

    enum Branch { LEFT, RIGHT }

    static final class Step {
        final String id;
        final Kind kind;
        EnumMap<Branch, String> branches;

        Step(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
            if (kind == Kind.PARALLEL) {
                branches = new EnumMap<>(Branch.class);
            }
        }

        Step branch(Branch b, String target) {
            if (branches != null) {
                branches.put(b, target);
            }
            return this;
        }
    }

    record Workflow(String name, List<Step> steps, Map<String, String> variables) {
        String variable(String key) {
            return variables.getOrDefault(key, "");
        }

        int variableCount() {
            return variables == null ? 0 : variables.size();
        }
    }

    private final Map<String, Workflow> definitions = new HashMap<>();
    private Map<String, Integer> instances;
    private int nextId;

    void init() {
        instances = new TreeMap<>();
    }

    void deploy(Workflow workflow) {
        definitions.put(workflow.name(), workflow);
    }

    String start(String workflow) {
        Workflow w = definitions.get(workflow);
        if (w == null) {
            throw new IllegalArgumentException("unknown workflow " + workflow);
        }
        String id = workflow + "#" + (++nextId);
        instances.put(id, 0);
        return id;
    }

    int progress(String instanceId) {
        Map<String, Integer> live = instances;
        return live == null ? -1 : live.getOrDefault(instanceId, -1);
    }

    String route(Step step, boolean condition) {
        if (step.kind == Kind.TASK) {
            return step.id + ".next";
        }
        return step.branches.get(condition ? Branch.LEFT : Branch.RIGHT);
    }

    static final class Builder {
        private final String name;
        private final List<Step> steps = new ArrayList<>();
        private Map<String, String> variables;

        Builder(String name) {
            this.name = name;
        }

        Builder step(Step step) {
            steps.add(step);
            return this;
        }

        Builder variable(String key, String value) {
            if (variables == null) {
                variables = new HashMap<>();
            }
            variables.put(key, value);
            return this;
        }

        Workflow build() {
            return new Workflow(name, List.copyOf(steps), variables);
        }
    }

    public static void main(String[] args) throws Exception {
        BH16WorkflowEngine engine = new BH16WorkflowEngine();
        engine.init();
        Step fanOut = new Step("fan", Kind.PARALLEL).branch(Branch.LEFT, "a").branch(Branch.RIGHT, "b");
        Step decide = new Step("decide", Kind.DECISION).branch(Branch.LEFT, "yes");
        Workflow onboarding = new Builder("onboarding").step(fanOut).step(decide).variable("team", "core").build();
        engine.deploy(onboarding);
        String id = engine.start("onboarding");
        System.out.println(id + " " + engine.progress(id) + " " + engine.route(fanOut, true) + " " + onboarding.variable("team"));
        Workflow bare = new Builder("bare").step(new Step("only", Kind.TASK)).build();
        engine.deploy(bare);
        System.out.println(bare.variableCount() + " " + engine.route(bare.steps().get(0), false) + " " + engine.start("bare"));
        BH16WorkflowEngine cold = new BH16WorkflowEngine();
        cold.deploy(bare);
        System.out.println(cold.progress("bare#1") + " " + onboarding.variableCount());

        expect(78, () -> engine.route(decide, true));
        expect(39, () -> bare.variable("team"));
        expect(65, () -> cold.start("bare"));
    }

    private static final String FILE = "BH16WorkflowEngine.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
