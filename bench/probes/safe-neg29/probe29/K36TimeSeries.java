package probe29;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Sensor time series with range queries and compaction. */
public class K36TimeSeries {

    private NavigableMap<Long, Double> points;
    private final String sensor;

    public K36TimeSeries(String sensor) {
        this.sensor = sensor;
    }

    public boolean isEmpty() {
        return points == null || points.isEmpty();
    }

    public void record(long t, double value) {
        if (points == null) {
            points = new TreeMap<>();
        }
        points.put(t, value);
    }

    public long firstTime() {
        return isEmpty() ? -1L : points.firstKey();
    }

    public long lastTime() {
        if (isEmpty()) {
            return -1L;
        }
        return points.lastKey();
    }

    public double valueAt(long t) {
        if (isEmpty()) {
            return Double.NaN;
        }
        Map.Entry<Long, Double> e = points.floorEntry(t);
        return e == null ? Double.NaN : e.getValue();
    }

    public double average(long from, long to) {
        if (isEmpty() || from > to) {
            return Double.NaN;
        }
        NavigableMap<Long, Double> window = points.subMap(from, true, to, true);
        double sum = 0;
        for (double v : window.values()) {
            sum += v;
        }
        return window.isEmpty() ? Double.NaN : sum / window.size();
    }

    /** Drops all points older than {@code before} and returns how many were removed. */
    public int compact(long before) {
        if (isEmpty()) {
            return 0;
        }
        NavigableMap<Long, Double> old = points.headMap(before, false);
        int n = old.size();
        old.clear();
        if (points.isEmpty()) {
            points = null;
        }
        return n;
    }

    @Override
    public String toString() {
        return sensor + (isEmpty() ? "[]" : points.toString());
    }

    public static void main(String[] args) {
        K36TimeSeries ts = new K36TimeSeries("temp");
        System.out.println(ts + " first=" + ts.firstTime() + " last=" + ts.lastTime() + " at=" + ts.valueAt(5)
                + " avg=" + ts.average(0, 10) + " compact=" + ts.compact(100));
        ts.record(10, 20.0);
        ts.record(20, 22.0);
        ts.record(30, 19.0);
        ts.record(40, 25.0);
        System.out.println(ts + " first=" + ts.firstTime() + " last=" + ts.lastTime());
        System.out.println("at5=" + ts.valueAt(5) + " at25=" + ts.valueAt(25) + " avg=" + ts.average(15, 35)
                + " none=" + ts.average(41, 50) + " bad=" + ts.average(30, 10));
        System.out.println("compact<25 removed " + ts.compact(25) + " -> " + ts);
        System.out.println("compact all removed " + ts.compact(1000) + " -> " + ts + " empty=" + ts.isEmpty()
                + " last=" + ts.lastTime());
        ts.record(50, 1.5);
        System.out.println(ts + " avg=" + ts.average(0, 100));
    }
}
