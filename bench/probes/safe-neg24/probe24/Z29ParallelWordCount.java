package probe24;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Word counting with fork/join. Each task stores its result map in its own field at the
 * end of {@code compute()}; a parent reads a child's map only after the child's
 * {@code compute()} returned or {@code join()} returned, i.e. after it completed normally.
 */
public class Z29ParallelWordCount {

    private static final int THRESHOLD = 4;

    static final class CountTask extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final String[] words;
        private final int from;
        private final int to;
        /** This range's counts; null until compute() has completed. */
        private HashMap<String, Integer> counts;

        CountTask(String[] words, int from, int to) {
            this.words = words;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= THRESHOLD) {
                HashMap<String, Integer> local = new HashMap<>();
                for (int i = from; i < to; i++) {
                    local.merge(words[i], 1, Integer::sum);
                }
                counts = local;
                return;
            }
            int mid = (from + to) >>> 1;
            CountTask left = new CountTask(words, from, mid);
            CountTask right = new CountTask(words, mid, to);
            left.fork();
            right.compute();
            left.join();
            HashMap<String, Integer> merged = right.counts;
            left.counts.forEach((w, c) -> merged.merge(w, c, Integer::sum));
            counts = merged;
        }
    }

    private final ForkJoinPool pool;
    /** Counts of the last text; null before count() and after reset(). */
    private Map<String, Integer> lastResult;

    public Z29ParallelWordCount(ForkJoinPool pool) {
        this.pool = pool;
    }

    public Map<String, Integer> count(String text) {
        String[] words = text.isBlank() ? new String[0] : text.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        CountTask root = new CountTask(words, 0, words.length);
        pool.invoke(root);
        lastResult = new TreeMap<>(root.counts);
        return lastResult;
    }

    public int lastDistinct() {
        return lastResult == null ? 0 : lastResult.size();
    }

    public void reset() {
        lastResult = null;
    }

    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Z29ParallelWordCount wc = new Z29ParallelWordCount(pool);
            System.out.println(wc.lastDistinct());
            System.out.println(wc.count("the cat and the hat and the bat sat on the mat with a cat"));
            System.out.println(wc.lastDistinct() + " " + wc.count("   ") + " " + wc.lastDistinct());
            wc.reset();
            System.out.println(wc.lastDistinct());
        } finally {
            pool.shutdown();
        }
    }
}
