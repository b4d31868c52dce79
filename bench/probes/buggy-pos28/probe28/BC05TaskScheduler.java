package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Job scheduler in the style of Quartz: jobs are described by a JobSpec, run on a
 * worker pool, and optionally leave a run history behind.
 */
public class BC05TaskScheduler {

    public record JobSpec(String name, int priority, Map<String, String> params) {
        static JobSpec simple(String name) {
            return new JobSpec(name, 5, null);
        }
    }

    private final ExecutorService workers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scheduler-worker");
        t.setDaemon(true);
        return t;
    });
    private Map<String, JobSpec> jobMetadata = new ConcurrentHashMap<>();
    private Map<String, List<String>> history;

    public BC05TaskScheduler(boolean trackHistory) {
        if (trackHistory) {
            history = new HashMap<>();
        }
    }

    public void register(JobSpec spec) {
        Map<String, JobSpec> jobs = jobMetadata;
        if (jobs == null) {
            throw new IllegalStateException("scheduler shut down");
        }
        jobs.put(spec.name(), spec);
    }

    public Future<String> trigger(String name) {
        return workers.submit(() -> {
            JobSpec spec = jobMetadata.get(name);
            return spec == null ? "unknown:" + name : execute(spec);
        });
    }

    String execute(JobSpec spec) {
        Map<String, String> params = spec.params();
        String target = params == null ? "default" : params.getOrDefault("target", "default");
        String result = spec.name() + "->" + target;
        if (history != null) {
            history.computeIfAbsent(spec.name(), k -> new ArrayList<>()).add(result);
        }
        return result;
    }

    public String runInline(JobSpec spec) {
        String result = execute(spec);
        history.computeIfAbsent(spec.name(), k -> new ArrayList<>()).add("inline");
        return result;
    }

    public int retryBudget(JobSpec spec) {
        String raw = spec.params().getOrDefault("retries", "3");
        return Integer.parseInt(raw) * spec.priority();
    }

    public int historySize(String name) {
        Map<String, List<String>> h = history;
        return h == null ? 0 : h.getOrDefault(name, List.of()).size();
    }

    public void shutdown() {
        jobMetadata = null;
        history = null;
    }

    static String await(Future<String> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                throw npe;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC05TaskScheduler.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC05TaskScheduler.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC05TaskScheduler tracked = new BC05TaskScheduler(true);
        tracked.register(new JobSpec("reindex", 2, Map.of("target", "search", "retries", "4")));
        tracked.register(JobSpec.simple("gc"));
        System.out.println(await(tracked.trigger("reindex")) + " " + await(tracked.trigger("gc"))
                + " " + await(tracked.trigger("nope")));
        System.out.println(tracked.runInline(JobSpec.simple("vacuum")) + " hist=" + tracked.historySize("reindex"));
        System.out.println("budget=" + tracked.retryBudget(new JobSpec("x", 3, Map.of())));
        BC05TaskScheduler untracked = new BC05TaskScheduler(false);
        untracked.register(JobSpec.simple("ping"));
        System.out.println(await(untracked.trigger("ping")) + " hist=" + untracked.historySize("ping"));

        expectNpe("inline run without history", 66, () -> untracked.runInline(JobSpec.simple("ping")));
        expectNpe("retry budget for simple spec", 71, () -> tracked.retryBudget(JobSpec.simple("gc")));
        tracked.shutdown();
        expectNpe("trigger after shutdown", 49, () -> await(tracked.trigger("reindex")));
    }
}
