package probe28;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Data-pipeline ETL stage with a per-run context map (lookup tables, counters).
 * The stage is AutoCloseable; close() releases the context, after which the
 * processing loop simply stops because its condition re-checks the field.
 */
public class H29EtlStage implements AutoCloseable {
    private final String stageName;
    private final Deque<String> queue = new ArrayDeque<>();
    private HashMap<String, String> context; // lookup table; null before open() and after close()
    private final List<String> output = new ArrayList<>();
    private int rejectedRows;

    public H29EtlStage(String stageName) {
        this.stageName = stageName;
    }

    public H29EtlStage open(Map<String, String> countryCodes) {
        context = new HashMap<>();
        if (countryCodes != null) {
            context.putAll(countryCodes);
        }
        return this;
    }

    public void enqueue(String csvRow) {
        queue.add(csvRow);
    }

    /** Processes up to max rows; stops early if the stage is closed. */
    public int drain(int max) {
        int done = 0;
        while (context != null && !queue.isEmpty() && done < max) {
            String row = queue.poll();
            if (row == null) {
                break;
            }
            String[] cols = row.split(",");
            String country = cols.length > 1 ? context.get(cols[1].trim()) : null;
            if (country == null) {
                rejectedRows++;
            } else {
                output.add(cols[0].trim() + ";" + country);
            }
            done++;
        }
        return done;
    }

    public boolean isOpen() {
        return context != null;
    }

    public int lookupSize() {
        return context == null ? 0 : context.size();
    }

    @Override
    public void close() {
        context = null;
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    public String report() {
        return stageName + " out=" + output.size() + " rejected=" + rejectedRows + " queued=" + queue.size();
    }

    public static void main(String[] args) {
        H29EtlStage stage = new H29EtlStage("normalize-country");
        stage.enqueue("alice, DE");
        assert stage.drain(10) == 0;
        assert stage.lookupSize() == 0;
        try (H29EtlStage s = stage.open(Map.of("DE", "Germany", "FR", "France"))) {
            assert s.isOpen();
            s.enqueue("bob, FR");
            s.enqueue("carl, XX");
            s.enqueue("dora");
            s.enqueue("eve, DE");
            assert s.drain(3) == 3;
            assert s.lookupSize() == 2;
        }
        assert !stage.isOpen();
        assert stage.drain(10) == 0;
        stage.open(null);
        assert stage.drain(10) == 2;
        stage.close();
        stage.close();
        assert stage.output().equals(List.of("alice;Germany", "bob;France")) : stage.output();
        assert stage.report().equals("normalize-country out=2 rejected=3 queued=0") : stage.report();
        System.out.println(stage.report());
    }
}
