package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Latest-value telemetry buffer of a vehicle data logger; iterable over the current samples.
 * The buffer is created by the first sample and dropped by flush().
 */
public final class D22TelemetryIterator implements Iterable<D22TelemetryIterator.Sample> {

    public record Sample(String channel, double value) {}

    private Map<String, Double> latest; // null until the first sample, null after flush()
    private int received;

    public void record(String channel, double value) {
        if (latest == null) {
            latest = new TreeMap<>();
        }
        latest.put(channel, value);
        received++;
    }

    @Override
    public Iterator<Sample> iterator() {
        if (latest == null) {
            return Collections.emptyIterator();
        }
        Iterator<Map.Entry<String, Double>> it = latest.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Sample next() {
                Map.Entry<String, Double> e = it.next();
                return new Sample(e.getKey(), e.getValue());
            }

            @Override
            public void remove() {
                it.remove();
            }
        };
    }

    public OptionalDouble max() {
        OptionalDouble best = OptionalDouble.empty();
        for (Sample s : this) {
            if (best.isEmpty() || s.value() > best.getAsDouble()) {
                best = OptionalDouble.of(s.value());
            }
        }
        return best;
    }

    public int dropBelow(double threshold) {
        int dropped = 0;
        for (Iterator<Sample> it = iterator(); it.hasNext(); ) {
            if (it.next().value() < threshold) {
                it.remove();
                dropped++;
            }
        }
        return dropped;
    }

    public boolean has(String channel) {
        return latest != null && latest.containsKey(channel);
    }

    public int channels() {
        if (latest != null) {
            return latest.size();
        }
        return 0;
    }

    public List<Sample> flush() {
        List<Sample> out = new ArrayList<>();
        for (Sample s : this) {
            out.add(s);
        }
        latest = null;
        return out;
    }

    public int received() {
        return received;
    }

    public static void main(String[] args) {
        D22TelemetryIterator buf = new D22TelemetryIterator();
        System.out.println(buf.max() + " " + buf.channels() + " " + buf.has("rpm") + " " + buf.dropBelow(1) + " " + buf.flush());
        buf.record("rpm", 3100);
        buf.record("coolant", 88.5);
        buf.record("rpm", 3300);
        buf.record("oil", 0.4);
        for (Sample s : buf) {
            System.out.println(s);
        }
        System.out.println(buf.max() + " " + buf.has("rpm") + " dropped=" + buf.dropBelow(1.0) + " " + buf.channels());
        System.out.println(buf.flush() + " " + buf.channels() + " received=" + buf.received() + " " + buf.iterator().hasNext());
    }
}
