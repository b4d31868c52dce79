package probe23;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * Immutable latency histogram (bucket upper bound in ms to sample count) that can be combined with
 * another one, as when aggregating per-node stats. The empty histogram has no map at all.
 */
public final class X20LatencyStats {

    private static final int[] BOUNDS = {1, 5, 10, 50, 100, 500, Integer.MAX_VALUE};

    public static final X20LatencyStats EMPTY = new X20LatencyStats(null, 0);

    private final HashMap<Integer, Long> buckets;
    private final long total;

    private X20LatencyStats(HashMap<Integer, Long> buckets, long total) {
        this.buckets = buckets;
        this.total = total;
    }

    public static X20LatencyStats of(long... samplesMs) {
        if (samplesMs.length == 0) {
            return EMPTY;
        }
        HashMap<Integer, Long> b = new HashMap<>();
        for (long s : samplesMs) {
            b.merge(bucketFor(s), 1L, Long::sum);
        }
        return new X20LatencyStats(b, samplesMs.length);
    }

    private static int bucketFor(long ms) {
        for (int bound : BOUNDS) {
            if (ms <= bound) {
                return bound;
            }
        }
        return Integer.MAX_VALUE;
    }

    public X20LatencyStats combine(X20LatencyStats other) {
        Objects.requireNonNull(other, "other");
        if (other.buckets == null) {
            return this;
        }
        if (buckets == null) {
            return other;
        }
        HashMap<Integer, Long> merged = new HashMap<>(buckets);
        other.buckets.forEach((bound, n) -> merged.merge(bound, n, Long::sum));
        return new X20LatencyStats(merged, total + other.total);
    }

    public long count(int bound) {
        return buckets == null ? 0 : buckets.getOrDefault(bound, 0L);
    }

    /** Upper bound of the bucket holding the given percentile, or -1 when empty. */
    public int percentileBound(double p) {
        if (buckets == null) {
            return -1;
        }
        List<Integer> bounds = new ArrayList<>(buckets.keySet());
        Collections.sort(bounds);
        long needed = (long) Math.ceil(p * total);
        long seen = 0;
        for (int bound : bounds) {
            seen += buckets.get(bound);
            if (seen >= needed) {
                return bound;
            }
        }
        return bounds.get(bounds.size() - 1);
    }

    @Override
    public String toString() {
        return "Latency{n=" + total + ", p50<=" + percentileBound(0.5) + ", p99<=" + percentileBound(0.99) + "}";
    }

    public static void main(String[] args) {
        X20LatencyStats nodeA = of(1, 3, 4, 8, 40);
        X20LatencyStats nodeB = of();
        X20LatencyStats nodeC = of(90, 450, 700);
        System.out.println("A=" + nodeA + " B=" + nodeB + " C=" + nodeC);
        System.out.println("A+B=" + nodeA.combine(nodeB) + " B+A same=" + (nodeB.combine(nodeA) == nodeA));
        System.out.println("B+B=" + nodeB.combine(EMPTY) + " count(5)=" + nodeB.count(5));
        X20LatencyStats all = nodeA.combine(nodeB).combine(nodeC);
        System.out.println("all=" + all + " count(5)=" + all.count(5) + " count(max)=" + all.count(Integer.MAX_VALUE));
    }
}
