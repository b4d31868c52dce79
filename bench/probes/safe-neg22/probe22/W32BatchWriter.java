package probe22;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Back-pressure aware batch writer. {@code offer} keeps adding rows while a buffer exists; when the
 * buffer fills up it is handed to the sink and the field is set to null, which the loop condition
 * ({@code buffer != null && i < rows.size()}) re-tests before the next row.
 */
public class W32BatchWriter {

    /** Receives full batches. */
    public interface Sink {
        void write(Map<String, List<String>> batch);
    }

    /** Not thread-safe; one writer per ingest thread. */
    public static final class BatchWriter {
        private final int capacity;
        private final Sink sink;
        private Map<String, List<String>> buffer; // null when no batch is open
        private int buffered;

        public BatchWriter(int capacity, Sink sink) {
            this.capacity = capacity;
            this.sink = sink;
        }

        /** Accepts rows until the current batch is full; returns how many rows were taken. */
        public int offer(String table, List<String> rows) {
            if (buffer == null) {
                buffer = new LinkedHashMap<>();
                buffered = 0;
            }
            int accepted = 0;
            for (int i = 0; buffer != null && i < rows.size(); i++) {
                buffer.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.get(i));
                accepted++;
                if (++buffered >= capacity) {
                    handOff();
                }
            }
            return accepted;
        }

        private void handOff() {
            Map<String, List<String>> full = buffer;
            buffer = null;
            buffered = 0;
            if (full != null && !full.isEmpty()) {
                sink.write(full);
            }
        }

        public void flush() {
            handOff();
        }

        public int buffered() {
            return buffer == null ? 0 : buffered;
        }
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        BatchWriter w = new BatchWriter(3, batch -> log.add("batch " + batch));
        w.flush();

        List<String> rows = List.of("r1", "r2", "r3", "r4", "r5");
        int offset = 0;
        while (offset < rows.size()) {
            int took = w.offer("events", rows.subList(offset, rows.size()));
            System.out.println("took " + took + ", buffered " + w.buffered());
            offset += took;
        }
        System.out.println("accepted empty list: " + w.offer("audit", List.of()) + ", buffered " + w.buffered());
        w.offer("audit", List.of("a1"));
        w.flush();
        w.flush();
        System.out.println("buffered after flush: " + w.buffered());
        log.forEach(System.out::println);
    }
}
