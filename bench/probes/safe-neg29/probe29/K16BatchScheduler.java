package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Runs batch jobs; each job plans its ordered steps and the scheduler executes them. */
public class K16BatchScheduler {

    /** Template for a batch job: plan, execute in order, summarise. */
    public abstract static class BatchJob {
        private NavigableMap<Integer, String> steps;
        private final List<String> executed = new ArrayList<>();
        private int runs;

        BatchJob() {
        }

        public final String run() {
            steps = new TreeMap<>();
            try {
                plan();
                for (Map.Entry<Integer, String> step : steps.entrySet()) {
                    executed.add(step.getKey() + ":" + step.getValue());
                }
                runs++;
                return describe(steps.size());
            } finally {
                steps = null;
            }
        }

        protected abstract void plan();

        protected String describe(int stepCount) {
            return getClass().getSimpleName() + " ran " + stepCount + " steps";
        }

        protected final void addStep(int order, String what) {
            steps.merge(order, what, (a, b) -> a + "+" + b);
        }

        protected final int lastOrder() {
            return steps.isEmpty() ? 0 : steps.lastKey();
        }

        public List<String> executed() {
            return executed;
        }

        public int runs() {
            return runs;
        }
    }

    static final class NightlyBackup extends BatchJob {
        @Override
        protected void plan() {
            addStep(10, "snapshot");
            addStep(20, "compress");
            addStep(lastOrder() + 10, "upload");
            addStep(10, "verify-disk");
        }
    }

    static final class ReportJob extends BatchJob {
        private final int pages;

        ReportJob(int pages) {
            this.pages = pages;
        }

        @Override
        protected void plan() {
            for (int p = 1; p <= pages; p++) {
                addStep(lastOrder() + 1, "page" + p);
            }
        }

        @Override
        protected String describe(int stepCount) {
            return "report with " + stepCount + " pages";
        }
    }

    private final List<BatchJob> queue = new ArrayList<>();

    public void submit(BatchJob job) {
        queue.add(job);
    }

    public List<String> runAll() {
        List<String> results = new ArrayList<>();
        for (BatchJob job : queue) {
            results.add(job.run());
        }
        return results;
    }

    public static void main(String[] args) {
        K16BatchScheduler scheduler = new K16BatchScheduler();
        System.out.println("empty run: " + scheduler.runAll());
        NightlyBackup backup = new NightlyBackup();
        ReportJob report = new ReportJob(3);
        ReportJob blank = new ReportJob(0);
        System.out.println("before: runs=" + backup.runs() + " executed=" + backup.executed());
        scheduler.submit(backup);
        scheduler.submit(report);
        scheduler.submit(blank);
        System.out.println(scheduler.runAll());
        System.out.println(backup.run());
        System.out.println("backup executed=" + backup.executed() + " runs=" + backup.runs());
        System.out.println("report executed=" + report.executed() + " blank=" + blank.executed());
    }
}
