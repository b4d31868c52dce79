package probe27;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * HdrHistogram-flavoured recorder. The private helpers dereference the map fields without checks;
 * every caller first checks or creates the map, and the helpers are called from nowhere else.
 */
public final class F34HistogramRecorder {
    private final int bucketWidth;
    private TreeMap<Integer, Long> buckets; // null until the first record()
    private Map<String, Long> tagCounts;    // null until a tagged record()

    public F34HistogramRecorder(int bucketWidth) {
        if (bucketWidth <= 0) throw new IllegalArgumentException("bucket width must be positive");
        this.bucketWidth = bucketWidth;
    }

    public void record(int value, String tag) {
        if (buckets == null) buckets = new TreeMap<>();
        bump(Math.floorDiv(value, bucketWidth) * bucketWidth, 1L);
        if (tag != null) {
            if (tagCounts == null) tagCounts = new HashMap<>();
            bumpTag(tag);
        }
    }

    /** Precondition: buckets != null (all callers ensure it). */
    private void bump(int bucket, long n) { buckets.merge(bucket, n, Long::sum); }

    /** Precondition: tagCounts != null. */
    private void bumpTag(String tag) { tagCounts.merge(tag, 1L, Long::sum); }

    /** Precondition: buckets != null. */
    private long total() {
        long t = 0;
        for (long c : buckets.values()) t += c;
        return t;
    }

    public int percentile(double p) {
        if (p < 0 || p > 100) throw new IllegalArgumentException("percentile out of range");
        if (buckets == null) return -1;
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total()));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) return e.getKey();
        }
        return buckets.lastKey();
    }

    public long count() { return buckets == null ? 0 : total(); }

    public long tagCount(String tag) { return tagCounts == null ? 0 : tagCounts.getOrDefault(tag, 0L); }

    public Map<Integer, Long> snapshot() {
        return buckets == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(buckets));
    }

    public void merge(F34HistogramRecorder other) {
        if (other.bucketWidth != bucketWidth) throw new IllegalArgumentException("incompatible bucket widths");
        if (other.buckets != null) {
            if (buckets == null) buckets = new TreeMap<>();
            new TreeMap<>(other.buckets).forEach(this::bump); // copy: other may be this
        }
        if (other.tagCounts != null) {
            if (tagCounts == null) tagCounts = new HashMap<>();
            Map<String, Long> theirs = new HashMap<>(other.tagCounts);
            theirs.forEach((tag, n) -> tagCounts.merge(tag, n, Long::sum));
        }
    }

    public void reset() {
        buckets = null;
        tagCounts = null;
    }

    public static void main(String[] args) {
        F34HistogramRecorder h = new F34HistogramRecorder(10);
        assert h.percentile(50) == -1 && h.count() == 0 && h.tagCount("GET") == 0 && h.snapshot().isEmpty();
        for (int v : new int[] {3, 12, 15, 18, 27, 95}) h.record(v, v < 20 ? "GET" : null);
        assert h.count() == 6 && h.tagCount("GET") == 4 && h.tagCount("POST") == 0;
        assert h.snapshot().equals(Map.of(0, 1L, 10, 3L, 20, 1L, 90, 1L)) : h.snapshot();
        assert h.percentile(50) == 10 && h.percentile(100) == 90 && h.percentile(0) == 0;

        F34HistogramRecorder untagged = new F34HistogramRecorder(10);
        untagged.record(-5, null);
        assert untagged.snapshot().equals(Map.of(-10, 1L)) && untagged.tagCount("GET") == 0;
        untagged.merge(h);
        assert untagged.count() == 7 && untagged.tagCount("GET") == 4;
        h.merge(h);
        assert h.count() == 12 && h.tagCount("GET") == 8;
        F34HistogramRecorder fresh = new F34HistogramRecorder(10);
        fresh.merge(new F34HistogramRecorder(10));
        assert fresh.count() == 0 && fresh.percentile(99) == -1;
        h.reset();
        assert h.count() == 0 && h.tagCount("GET") == 0 && h.percentile(10) == -1;
        boolean bad = false;
        try { h.merge(new F34HistogramRecorder(5)); } catch (IllegalArgumentException expected) { bad = true; }
        assert bad;
        System.out.println("F34 ok");
    }
}
