package probe20;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

public class S15MetricsAggregator implements Iterable<String> {
    private TreeMap<String, long[]> series;

    public void record(String metric, long value) {
        if (series == null) {
            series = new TreeMap<>();
        }
        long[] agg = series.computeIfAbsent(metric, k -> new long[] {0, 0, Long.MIN_VALUE});
        agg[0]++;
        agg[1] += value;
        agg[2] = Math.max(agg[2], value);
    }

    public void flush() {
        series = null;
    }

    @Override
    public Iterator<String> iterator() {
        if (series == null) {
            return Collections.emptyIterator();
        }
        return new LineIterator(series.entrySet().iterator());
    }

    private static final class LineIterator implements Iterator<String> {
        private final Iterator<Map.Entry<String, long[]>> delegate;

        LineIterator(Iterator<Map.Entry<String, long[]>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public String next() {
            if (!delegate.hasNext()) {
                throw new NoSuchElementException();
            }
            Map.Entry<String, long[]> e = delegate.next();
            long[] a = e.getValue();
            return e.getKey() + " count=" + a[0] + " sum=" + a[1] + " max=" + a[2];
        }
    }

    public static void main(String[] args) {
        S15MetricsAggregator agg = new S15MetricsAggregator();
        for (String line : agg) {
            System.out.println("unexpected " + line);
        }
        agg.record("http.latency", 120);
        agg.record("http.latency", 80);
        agg.record("db.latency", 15);
        agg.record("http.latency", 300);
        for (String line : agg) {
            System.out.println(line);
        }
        agg.flush();
        int n = 0;
        for (Iterator<String> it = agg.iterator(); it.hasNext(); it.next()) {
            n++;
        }
        System.out.println("lines after flush: " + n);
        agg.record("queue.depth", 7);
        agg.forEach(System.out::println);
    }
}
