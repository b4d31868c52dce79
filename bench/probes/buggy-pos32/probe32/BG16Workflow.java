package probe32;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public final class BG16Workflow {
    private static final String FILE = "BG16Workflow.java";

    enum StepKind { TASK, DECISION, PARALLEL, TIMER }

    record Node(String id, StepKind kind, Map<String, String> transitions) {
        static Node of(String id, StepKind kind, String... edges) {
            Map<String, String> transitions = null;
            switch (kind) {
                case TASK:
                    transitions = Map.of("done", edges[0]);
                    break;
                case DECISION:
                    transitions = new LinkedHashMap<>();
                    for (int i = 0; i + 1 < edges.length; i += 2) {
                        transitions.put(edges[i], edges[i + 1]);
                    }
                    break;
                case PARALLEL:
                    transitions = new TreeMap<>();
                    for (String edge : edges) {
                        transitions.put("join:" + edge, edge);
                    }
                    break;
            }
            return new Node(id, kind, transitions);
        }

        String next(String event) {
            return transitions.get(event);
        }

        boolean terminal() {
            return transitions == null || transitions.isEmpty();
        }
    }

    static final class Instance {
        final String id;
        String current;
        Map<String, String> vars;

        Instance(String id, String current) {
            this.id = id;
            this.current = current;
        }

        String var(String name) {
            Map<String, String> v = vars;
            return v == null ? null : v.get(name);
        }
    }

    static final class Engine {
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final Map<String, Instance> instances = new HashMap<>();

        void define(Node node) {
            nodes.put(node.id(), node);
        }

        static Map<String, String> decode(String checkpoint) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String pair : checkpoint.split(";")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("corrupt checkpoint entry: " + pair);
                }
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return out;
        }

        Instance start(String id, String startNode, String checkpoint) {
            Instance instance = new Instance(id, startNode);
            try {
                instance.vars = decode(checkpoint);
            } catch (IllegalArgumentException e) {
                instance.vars.put("restoreError", e.getMessage());
            }
            instances.put(id, instance);
            return instance;
        }

        String fire(String instanceId, String event) {
            Instance instance = instances.get(instanceId);
            Node node = nodes.get(instance.current);
            String target = node.next(event);
            if (target != null) {
                instance.current = target;
                Map<String, String> v = instance.vars;
                if (v != null) {
                    v.merge("steps", "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
                }
            }
            return instance.current;
        }

        boolean finished(String instanceId) {
            return nodes.get(instances.get(instanceId).current).terminal();
        }
    }

    public static void main(String[] args) throws Exception {
        Engine engine = new Engine();
        engine.define(Node.of("review", StepKind.TASK, "approve?"));
        engine.define(Node.of("approve?", StepKind.DECISION, "yes", "ship", "no", "review", "later", "cooldown"));
        engine.define(Node.of("ship", StepKind.PARALLEL));
        engine.define(Node.of("cooldown", StepKind.TIMER));
        Instance order = engine.start("order-1", "review", "customer=ada;priority=high");
        System.out.println(engine.fire("order-1", "done") + " -> " + engine.fire("order-1", "yes") + " finished=" + engine.finished("order-1"));
        System.out.println("vars=" + order.vars + " customer=" + order.var("customer"));
        Instance parked = engine.start("order-2", "approve?", "");
        System.out.println(engine.fire("order-2", "later") + " finished=" + engine.finished("order-2") + " steps=" + parked.var("steps"));

        expectNpe(38, () -> engine.fire("order-2", "timeout"));
        expectNpe(90, () -> engine.start("order-3", "review", "customer=bob;;garbage"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
