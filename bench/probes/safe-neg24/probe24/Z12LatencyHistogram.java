package probe24;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.LongStream;

/**
 * A latency histogram usable as the mutable container of a {@link Collector}. Buckets
 * are allocated with the first sample, so parallel streams create many empty partial
 * histograms; the combiner adopts or merges the other side's buckets as needed.
 */
public class Z12LatencyHistogram {

    private static final long[] BOUNDS_MS = {1, 5, 10, 50, 100, 500, 1000, Long.MAX_VALUE};

    /** Bucket upper bound (ms) to sample count; null until the first sample. */
    private TreeMap<Long, Long> buckets;
    private long count;

    private static long bucketFor(long millis) {
        for (long bound : BOUNDS_MS) {
            if (millis <= bound) {
                return bound;
            }
        }
        return Long.MAX_VALUE;
    }

    public void record(long millis) {
        if (buckets == null) {
            buckets = new TreeMap<>();
        }
        buckets.merge(bucketFor(millis), 1L, Long::sum);
        count++;
    }

    /** Combiner: folds {@code other} into this histogram. */
    public Z12LatencyHistogram combine(Z12LatencyHistogram other) {
        if (other.buckets == null) {
            return this;
        }
        if (buckets == null) {
            buckets = new TreeMap<>(other.buckets);
            count = other.count;
            return this;
        }
        for (Map.Entry<Long, Long> e : other.buckets.entrySet()) {
            buckets.merge(e.getKey(), e.getValue(), Long::sum);
        }
        count += other.count;
        return this;
    }

    /** Upper bound of the bucket holding the p-quantile; 0 for an empty histogram. */
    public long percentile(double p) {
        if (buckets == null) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (Map.Entry<Long, Long> e : buckets.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return buckets.lastKey();
    }

    public static Collector<Long, Z12LatencyHistogram, Z12LatencyHistogram> toHistogram() {
        return Collector.of(Z12LatencyHistogram::new, Z12LatencyHistogram::record, Z12LatencyHistogram::combine);
    }

    @Override
    public String toString() {
        return buckets == null ? "empty" : count + " samples " + buckets;
    }

    public static void main(String[] args) {
        Z12LatencyHistogram empty = List.<Long>of().stream().collect(toHistogram());
        System.out.println(empty + " p99=" + empty.percentile(0.99));
        Z12LatencyHistogram h = LongStream.rangeClosed(1, 2000).map(i -> (i * 37) % 1500).boxed()
                .parallel().collect(toHistogram());
        System.out.println(h + " p50=" + h.percentile(0.5) + " p99=" + h.percentile(0.99));
        Z12LatencyHistogram a = new Z12LatencyHistogram();
        a.combine(new Z12LatencyHistogram());
        a.combine(h);
        a.record(3);
        System.out.println(a.count + " " + a.percentile(0.0) + " " + new Z12LatencyHistogram().combine(a).percentile(1.0));
    }
}
