package probe20;

import java.util.LinkedHashMap;
import java.util.Map;

public class S38TelemetryBuffer {
    static final class BoundedMap<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int max;

        BoundedMap(int max) {
            super(16, 0.75f, false);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
        }
    }

    private int capacity;
    private BoundedMap<Long, Double> samples;
    private long dropped;

    public void allocate(int cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        capacity = cap;
        samples = new BoundedMap<>(cap);
    }

    public void release() {
        capacity = 0;
        samples = null;
    }

    public void sample(long timestamp, double value) {
        if (capacity == 0) {
            dropped++;
            return;
        }
        samples.put(timestamp, value);
    }

    public double average() {
        if (capacity > 0 && !samples.isEmpty()) {
            double s = 0;
            for (double v : samples.values()) {
                s += v;
            }
            return s / samples.size();
        }
        return Double.NaN;
    }

    public String describe() {
        return capacity == 0 ? "unallocated, dropped=" + dropped
                : samples.size() + "/" + capacity + " keys=" + samples.keySet();
    }

    public static void main(String[] args) {
        S38TelemetryBuffer buf = new S38TelemetryBuffer();
        buf.sample(1, 0.5);
        System.out.println(buf.describe() + " avg=" + buf.average());
        try {
            buf.allocate(0);
        } catch (IllegalArgumentException e) {
            System.out.println("expected: " + e.getMessage() + " -> " + buf.describe());
        }
        buf.allocate(3);
        System.out.println(buf.describe() + " avg=" + buf.average());
        for (long t = 10; t < 15; t++) {
            buf.sample(t, t * 1.5);
        }
        System.out.println(buf.describe() + " avg=" + buf.average());
        buf.release();
        buf.sample(99, 1.0);
        System.out.println(buf.describe() + " avg=" + buf.average());
        buf.allocate(2);
        buf.sample(100, 4.0);
        System.out.println(buf.describe() + " avg=" + buf.average());
    }
}
