package probe21;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Buffers span durations and exports them in batches. flush() declares a local class whose
 * methods read the outer {@code pending} field; the local class is declared after the null
 * check, instantiated right away, and its methods run before the field is set to null.
 */
public final class U25SpanExporter {

    private final StringBuilder sink = new StringBuilder();
    private Map<String, List<Long>> pending;
    private int batches;

    public synchronized void add(String name, long micros) {
        if (pending == null) {
            pending = new TreeMap<>();
        }
        pending.computeIfAbsent(name, k -> new ArrayList<>()).add(micros);
    }

    public synchronized int flush() {
        if (pending == null) {
            return 0;
        }

        final class Batch {
            private int lines;

            void writeLines() {
                for (Map.Entry<String, List<Long>> e : pending.entrySet()) {
                    long sum = 0;
                    for (long v : e.getValue()) {
                        sum += v;
                    }
                    sink.append(e.getKey()).append(" n=").append(e.getValue().size()).append(" sum=").append(sum).append('\n');
                    lines++;
                }
            }

            long grandTotal() {
                long total = 0;
                for (List<Long> values : pending.values()) {
                    for (long v : values) {
                        total += v;
                    }
                }
                return total;
            }
        }

        Batch batch = new Batch();
        batch.writeLines();
        sink.append("batch ").append(++batches).append(" total=").append(batch.grandTotal()).append('\n');
        pending = null;
        return batch.lines;
    }

    public synchronized int pendingNames() {
        return pending == null ? 0 : pending.size();
    }

    public synchronized String output() {
        return sink.toString();
    }

    public static void main(String[] args) {
        U25SpanExporter exporter = new U25SpanExporter();
        System.out.println(exporter.flush() + " " + exporter.pendingNames());
        exporter.add("db.query", 120);
        exporter.add("db.query", 80);
        exporter.add("http.get", 300);
        System.out.println(exporter.pendingNames() + " " + exporter.flush() + " " + exporter.flush());
        exporter.add("cache.hit", 3);
        exporter.flush();
        System.out.print(exporter.output());
    }
}
