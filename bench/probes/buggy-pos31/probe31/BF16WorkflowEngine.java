package probe31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Workflow engine: steps, a run state machine, outputs, retry budgets and "k=v;k=v" parameters. */
public final class BF16WorkflowEngine {

    enum State { CREATED, PREPARED, RUNNING, DONE }
    record Step(String name, int maxRetries) {}

    private final List<Step> steps;
    private State state = State.CREATED;
    private Map<String, String> outputs;
    private Map<String, Integer> retriesLeft;
    private Map<String, String> params = new LinkedHashMap<>();
    private int cursor;

    BF16WorkflowEngine(List<Step> steps) {
        this.steps = new ArrayList<>(steps);
    }

    private void prepare() {
        outputs = new LinkedHashMap<>();
        state = State.PREPARED;
        if (steps.isEmpty()) {
            return;
        }
        Map<String, Integer> budget = new HashMap<>();
        steps.forEach(s -> budget.put(s.name(), s.maxRetries()));
        retriesLeft = budget;
    }

    void advance() {
        switch (state) {
            case CREATED -> prepare();
            case PREPARED -> state = State.RUNNING;
            case RUNNING -> state = cursor >= steps.size() ? State.DONE : State.RUNNING;
            case DONE -> { }
        }
    }

    /** Skips preparation for workflows that are known to be trivial. */
    void startImmediately() {
        if (state == State.CREATED) {
            state = State.RUNNING;
        }
    }

    /** Steps may be appended while the workflow is prepared or running. */
    void appendStep(Step step) {
        steps.add(step);
    }

    void complete(String output) {
        if (state != State.RUNNING) {
            throw new IllegalStateException("not running: " + state);
        }
        Step step = steps.get(cursor++);
        outputs.put(step.name(), output);
    }

    boolean fail() {
        Step step = steps.get(cursor);
        int left = retriesLeft.getOrDefault(step.name(), step.maxRetries());
        if (left <= 0) {
            cursor++;
            return false;
        }
        retriesLeft.put(step.name(), left - 1);
        return true;
    }

    String summary() {
        Map<String, String> snapshot = outputs;
        return state + (snapshot == null ? " (no outputs)" : " " + snapshot);
    }

    void loadParams(String spec) {
        Map<String, String> parsed = null;
        for (String pair : spec.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            if (parsed == null) {
                parsed = new LinkedHashMap<>();
            }
            int eq = pair.indexOf('=');
            parsed.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        params = parsed;
    }

    String param(String key) {
        return params.getOrDefault(key, "");
    }

    int paramCount() {
        return params == null ? 0 : params.size();
    }

    public static void main(String[] args) {
        BF16WorkflowEngine wf = new BF16WorkflowEngine(List.of(new Step("fetch", 2), new Step("build", 0)));
        System.out.println("before: " + wf.summary() + " region='" + wf.param("region") + "'");
        wf.advance();
        wf.advance();
        boolean retried = wf.fail();
        wf.complete("fetched");
        System.out.println("retry=" + retried + " giveUp=" + !wf.fail());
        wf.advance();
        wf.loadParams("region=eu; tier=gold");
        System.out.println(wf.summary() + " region=" + wf.param("region") + " params=" + wf.paramCount());
        BF16WorkflowEngine empty = new BF16WorkflowEngine(List.of());
        empty.advance();
        empty.loadParams(" ; ");
        System.out.println("empty: " + empty.summary() + " params=" + empty.paramCount());
        int proved = 0;
        proved += expect(64, () -> {
            BF16WorkflowEngine quick = new BF16WorkflowEngine(List.of(new Step("only", 1)));
            quick.startImmediately();
            quick.complete("done");
        });
        proved += expect(69, () -> {
            BF16WorkflowEngine dynamic = new BF16WorkflowEngine(List.of());
            dynamic.advance();
            dynamic.appendStep(new Step("late", 1));
            dynamic.advance();
            dynamic.fail();
        });
        proved += expect(99, () -> {
            BF16WorkflowEngine blank = new BF16WorkflowEngine(List.of(new Step("x", 0)));
            blank.loadParams("");
            blank.param("region");
        });
        if (proved != 3) {
            throw new AssertionError("proved " + proved + " of 3");
        }
    }

    private static final String FILE = "BF16WorkflowEngine.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
