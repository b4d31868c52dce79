package probe18;

import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Aggregates metric samples into fixed-width time buckets for a monitoring dashboard. */
public final class N32TimeSeriesBucketer {
    private NavigableMap<Long, long[]> buckets;
    private long lastBucketStart = -1;

    public int ingest(long[] timestamps, long[] values, long width) {
        int n = Math.min(timestamps.length, values.length);
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                buckets = new TreeMap<>();
            }
            long start = timestamps[i] - Math.floorMod(timestamps[i], width);
            long[] agg = buckets.computeIfAbsent(start, k -> new long[2]);
            agg[0]++;
            agg[1] += values[i];
        }
        if (n > 0) {
            lastBucketStart = buckets.lastKey();
        }
        return n;
    }

    public OptionalDouble average(long bucketStart) {
        if (buckets == null) {
            return OptionalDouble.empty();
        }
        long[] agg = buckets.get(bucketStart);
        return agg == null ? OptionalDouble.empty() : OptionalDouble.of(agg[1] / (double) agg[0]);
    }

    public String summary() {
        NavigableMap<Long, long[]> snapshot = null;
        boolean present = buckets != null;
        if (present) {
            snapshot = buckets;
        }
        String head = "last=" + lastBucketStart;
        if (!present) {
            return head + " buckets=0";
        }
        StringBuilder sb = new StringBuilder(head).append(" buckets=").append(snapshot.size());
        for (var e : snapshot.entrySet()) {
            sb.append(' ').append(e.getKey()).append(':').append(e.getValue()[0]);
        }
        return sb.toString();
    }

    public void discard() {
        buckets = null;
        lastBucketStart = -1;
    }

    public static void main(String[] args) {
        N32TimeSeriesBucketer b = new N32TimeSeriesBucketer();
        System.out.println(b.summary() + " " + b.average(0));
        System.out.println("ingested " + b.ingest(new long[0], new long[0], 60));
        System.out.println(b.summary());
        b.ingest(new long[] {5, 59, 61, 130, 125}, new long[] {10, 20, 30, 40, 50, 999}, 60);
        System.out.println(b.summary() + " avg0=" + b.average(0) + " avg120=" + b.average(120) + " avg7=" + b.average(7));
        b.ingest(new long[] {1}, new long[0], 60);
        System.out.println(b.summary());
        b.discard();
        System.out.println(b.summary() + " " + b.average(120));
    }
}
