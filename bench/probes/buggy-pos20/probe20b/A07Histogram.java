package probe20b;

import java.util.Map;
import java.util.TreeMap;

/**
 * Latency histogram with fixed-width buckets. The bucket map is created on the
 * first sample and dropped again by {@link #clear()}.
 */
public class A07Histogram {

    private static final String FILE = "A07Histogram.java";

    private final int bucketWidth;
    private Map<Integer, Long> buckets;

    public A07Histogram(int bucketWidth) {
        this.bucketWidth = bucketWidth;
    }

    public void add(int value) {
        if (buckets == null) {
            buckets = new TreeMap<>();
        }
        buckets.merge(value / bucketWidth, 1L, Long::sum);
    }

    public boolean isEmpty() {
        return buckets == null || buckets.isEmpty();
    }

    public void clear() {
        buckets = null;
    }

    public long count() {
        long n = 0;
        if (!isEmpty()) {
            for (long c : buckets.values()) {
                n += c;
            }
        }
        return n;
    }

    /** Adds all samples of {@code other}, which must use the same width. */
    public void mergeFrom(A07Histogram other) {
        if (other.bucketWidth != bucketWidth) {
            throw new IllegalArgumentException("width mismatch");
        }
        if (other.isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, Long> e : other.buckets.entrySet()) {
            add(e.getKey() * bucketWidth, e.getValue());
        }
    }

    private void add(int value, long times) {
        if (buckets == null) {
            buckets = new TreeMap<>();
        }
        buckets.merge(value / bucketWidth, times, Long::sum);
    }

    /** True when both histograms populate the same buckets. */
    public boolean sameShape(A07Histogram other) {
        if (isEmpty()) {
            return other.isEmpty();
        }
        return buckets.keySet().equals(other.buckets.keySet()); // BUG
    }

    /** Removes the samples of a baseline run, bucket by bucket. */
    public void subtract(A07Histogram baseline) {
        if (isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
            long base = baseline.buckets.getOrDefault(e.getKey(), 0L); // BUG
            e.setValue(Math.max(0L, e.getValue() - base));
        }
    }

    public static void main(String[] args) {
        A07Histogram a = new A07Histogram(10);
        A07Histogram b = new A07Histogram(10);
        assert a.sameShape(b);
        a.subtract(b);
        a.mergeFrom(b);
        a.add(12);
        a.add(17);
        a.add(45);
        b.mergeFrom(a);
        assert b.count() == 3 && a.sameShape(b);
        a.subtract(b);
        assert a.count() == 0;
        b.clear();
        a.mergeFrom(b);
        assert b.sameShape(new A07Histogram(10));
        prove(71, () -> a.sameShape(new A07Histogram(10)));
        prove(80, () -> a.subtract(b));
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
