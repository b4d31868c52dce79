package probe30;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workflow/state-machine engine with pooled step contexts, a transition table and retry planning. */
public final class BE17WorkflowEngine {

    private static final String FILE = "BE17WorkflowEngine.java";

    /** Per-step scratch state; instances are pooled to avoid allocation churn. */
    static final class StepContext {
        String step;
        Map<String, Object> vars = new HashMap<>();

        void reset(String step) {
            this.step = step;
            if (vars == null) {
                vars = new HashMap<>();
            }
        }

        void recycle() {
            step = null;
            vars = null;
        }

        void put(String key, Object value) {
            vars.put(key, value);
        }

        Object get(String key) {
            return vars == null ? null : vars.get(key);
        }
    }

    private final Deque<StepContext> contextPool = new ArrayDeque<>();
    private Map<String, String> transitions;
    private Map<String, Integer> retries;
    private String state = "NEW";

    StepContext acquire(String step) {
        StepContext ctx = contextPool.poll();
        if (ctx == null) {
            ctx = new StepContext();
        }
        ctx.reset(step);
        return ctx;
    }

    StepContext acquireFast(String step) {
        StepContext ctx = contextPool.isEmpty() ? new StepContext() : contextPool.pop();
        ctx.step = step;
        return ctx;
    }

    void release(StepContext ctx) {
        ctx.recycle();
        contextPool.push(ctx);
    }

    void loadDefinition(Optional<String> spec) {
        spec.ifPresent(s -> {
            transitions = new LinkedHashMap<>();
            for (String edge : s.split(",")) {
                String[] ft = edge.split("->");
                transitions.put(ft[0].trim(), ft[1].trim());
            }
        });
    }

    String advance() {
        String next = transitions.get(state);
        if (next != null) {
            state = next;
        }
        return state;
    }

    boolean canAdvance() {
        Map<String, String> t = transitions;
        return t != null && t.containsKey(state);
    }

    void plan(List<String> steps, int maxRetries) {
        if (steps.isEmpty() || maxRetries == 0) {
            return;
        }
        retries = new HashMap<>();
        for (String s : steps) {
            retries.put(s, maxRetries);
        }
    }

    boolean retry(String step) {
        int left = retries.merge(step, -1, Integer::sum);
        return left >= 0;
    }

    int retriesLeft(String step) {
        return retries == null ? 0 : retries.getOrDefault(step, 0);
    }

    public static void main(String[] args) {
        BE17WorkflowEngine engine = new BE17WorkflowEngine();
        StepContext ctx = engine.acquire("validate");
        ctx.put("orderId", 42);
        engine.release(ctx);
        StepContext again = engine.acquire("charge");
        again.put("amount", 99);
        System.out.println(again.step + " amount=" + again.get("amount") + " orderId=" + again.get("orderId"));
        engine.release(again);
        engine.loadDefinition(Optional.of("NEW->VALIDATED, VALIDATED->CHARGED"));
        System.out.println(engine.advance() + " " + engine.advance() + " more=" + engine.canAdvance());
        engine.plan(List.of("charge"), 2);
        System.out.println("retry=" + engine.retry("charge") + " left=" + engine.retriesLeft("charge"));

        try {
            StepContext fast = engine.acquireFast("ship");
            fast.put("carrier", "ups");
            miss(34);
        } catch (NullPointerException e) {
            expect(e, 34);
        }
        try {
            BE17WorkflowEngine blank = new BE17WorkflowEngine();
            blank.loadDefinition(Optional.empty());
            System.out.println("canAdvance=" + blank.canAdvance());
            blank.advance();
            miss(78);
        } catch (NullPointerException e) {
            expect(e, 78);
        }
        try {
            BE17WorkflowEngine noRetry = new BE17WorkflowEngine();
            noRetry.plan(List.of("charge"), 0);
            noRetry.retry("charge");
            miss(101);
        } catch (NullPointerException e) {
            expect(e, 101);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
