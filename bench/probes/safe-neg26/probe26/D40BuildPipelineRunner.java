package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stage runner of a CI server. The artifact table exists while a pipeline run is active
 * (from run() until finish() or abort()). Stage executors and listeners are foreign code
 * that may abort the run, so run() re-checks the field after every callback.
 */
public final class D40BuildPipelineRunner {

    public interface StageListener {
        void onStageFinished(String stage, boolean ok, D40BuildPipelineRunner runner);
    }

    private final List<String> stages;
    private final List<StageListener> listeners = new ArrayList<>();
    private Map<String, String> artifacts; // stage -> artifact path; null when no run is active
    private int runsStarted;

    public D40BuildPipelineRunner(List<String> stages) {
        this.stages = List.copyOf(stages);
    }

    public void addListener(StageListener l) {
        listeners.add(l);
    }

    /** Runs all stages; the executor returns an artifact path, or null when the stage fails. */
    public int run(Function<String, String> executor) {
        if (artifacts != null) {
            return -1; // a run is already active
        }
        artifacts = new LinkedHashMap<>();
        runsStarted++;
        int completed = 0;
        for (String stage : stages) {
            String artifact = executor.apply(stage);
            if (artifacts == null) {
                break; // the executor aborted the run
            }
            boolean ok = artifact != null;
            if (ok) {
                artifacts.put(stage, artifact);
                completed++;
            }
            fire(stage, ok);
            if (!ok || artifacts == null) {
                break; // failed stage, or a listener aborted the run
            }
        }
        return completed;
    }

    private void fire(String stage, boolean ok) {
        for (StageListener l : List.copyOf(listeners)) {
            l.onStageFinished(stage, ok, this);
        }
    }

    public Optional<String> artifact(String stage) {
        return artifacts == null ? Optional.empty() : Optional.ofNullable(artifacts.get(stage));
    }

    public boolean isActive() {
        return artifacts != null;
    }

    public void abort() {
        artifacts = null;
    }

    public Map<String, String> finish() {
        Map<String, String> done = artifacts;
        artifacts = null;
        return done == null ? Map.of() : Collections.unmodifiableMap(done);
    }

    public int runsStarted() {
        return runsStarted;
    }

    public static void main(String[] args) {
        D40BuildPipelineRunner ci = new D40BuildPipelineRunner(List.of("compile", "test", "package", "deploy"));
        System.out.println(ci.artifact("compile") + " " + ci.isActive() + " " + ci.finish());
        ci.abort();
        List<String> log = new ArrayList<>();
        ci.addListener((stage, ok, runner) -> log.add(stage + (ok ? " ok" : " FAILED")));
        System.out.println(ci.run(stage -> "build/" + stage + ".out") + " " + ci.artifact("package") + " " + ci.run(s -> "x"));
        System.out.println(ci.finish() + " " + log);
        System.out.println(ci.run(stage -> stage.equals("test") ? null : stage + ".jar") + " " + ci.finish());
        System.out.println(ci.run(stage -> {
            if (stage.equals("package")) {
                ci.abort();
            }
            return stage + ".bin";
        }) + " active=" + ci.isActive());
        ci.addListener((stage, ok, runner) -> {
            if (stage.equals("test")) {
                runner.abort();
            }
        });
        System.out.println(ci.run(stage -> stage + ".tgz") + " active=" + ci.isActive() + " " + ci.artifact("compile")
                + " runs=" + ci.runsStarted());
    }
}
