package probe20;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

public class S28WorkflowEngine {
    enum Phase { DRAFT, ACTIVE, ARCHIVED }

    private Phase phase = Phase.DRAFT;
    private Map<String, String> stepStatus;
    private HashMap<String, Integer> retries;

    private boolean isActive() {
        return phase == Phase.ACTIVE;
    }

    private boolean isEditable() {
        return phase == Phase.DRAFT;
    }

    public void activate(String... steps) {
        if (!isEditable()) {
            throw new IllegalStateException("cannot activate from " + phase);
        }
        stepStatus = new LinkedHashMap<>();
        retries = new HashMap<>();
        for (String s : steps) {
            stepStatus.put(s, "PENDING");
        }
        phase = Phase.ACTIVE;
    }

    public boolean complete(String step) {
        if (!isActive()) {
            return false;
        }
        return stepStatus.replace(step, "DONE") != null;
    }

    public void fail(String step) {
        if (isActive() && stepStatus.containsKey(step)) {
            stepStatus.put(step, "FAILED");
            retries.merge(step, 1, Integer::sum);
        }
    }

    public void archive() {
        phase = Phase.ARCHIVED;
        stepStatus = null;
        retries = null;
    }

    public String report() {
        if (!isActive()) {
            return phase.name();
        }
        return phase + " " + stepStatus + " retries=" + retries;
    }

    public static void main(String[] args) {
        S28WorkflowEngine wf = new S28WorkflowEngine();
        System.out.println(wf.report() + " complete=" + wf.complete("fetch"));
        wf.fail("fetch");
        wf.activate("fetch", "transform", "load");
        wf.complete("fetch");
        wf.fail("transform");
        wf.fail("transform");
        wf.fail("nonexistent");
        System.out.println(wf.report());
        System.out.println("complete missing=" + wf.complete("publish"));
        wf.archive();
        System.out.println(wf.report() + " complete=" + wf.complete("load"));
        wf.fail("load");
        try {
            wf.activate("again");
        } catch (IllegalStateException e) {
            System.out.println("expected: " + e.getMessage());
        }
        System.out.println(wf.report());
    }
}
