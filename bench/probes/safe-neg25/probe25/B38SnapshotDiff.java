package probe25;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Working copy of key/value settings with a committed baseline (like a git
 * index or a Terraform state file). Iterating yields the changes against the
 * baseline. The iterator drains two private copies and drops both of them
 * together once it is exhausted; only {@code before} is tested.
 */
public class B38SnapshotDiff implements Iterable<B38SnapshotDiff.Change> {
    public record Change(String key, String before, String after) {
        public String kind() {
            return before == null ? "added" : after == null ? "removed" : "modified";
        }
    }

    private final NavigableMap<String, String> working = new TreeMap<>();
    private NavigableMap<String, String> baseline; // null until the first commit
    private int commits;

    public void put(String key, String value) {
        working.put(key, value);
    }

    public void remove(String key) {
        working.remove(key);
    }

    public void commit() {
        baseline = new TreeMap<>(working);
        commits++;
    }

    public void discardBaseline() {
        baseline = null;
    }

    public void resetToBaseline() {
        working.clear();
        if (baseline != null) {
            working.putAll(baseline);
        }
    }

    @Override
    public Iterator<Change> iterator() {
        return new DiffIterator(baseline == null ? new TreeMap<>() : new TreeMap<>(baseline), new TreeMap<>(working));
    }

    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    private static final class DiffIterator implements Iterator<Change> {
        private NavigableMap<String, String> before; // null once exhausted, together with after
        private NavigableMap<String, String> after;
        private Change next;

        DiffIterator(NavigableMap<String, String> before, NavigableMap<String, String> after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public boolean hasNext() {
            if (next == null && before != null) {
                advance();
            }
            return next != null;
        }

        /** Requires before != null (and therefore after != null). */
        private void advance() {
            while (true) {
                Map.Entry<String, String> b = before.firstEntry();
                Map.Entry<String, String> a = after.firstEntry();
                if (b == null && a == null) {
                    before = null;
                    after = null;
                    return;
                }
                int cmp = b == null ? 1 : a == null ? -1 : b.getKey().compareTo(a.getKey());
                if (cmp < 0) {
                    before.pollFirstEntry();
                    next = new Change(b.getKey(), b.getValue(), null);
                    return;
                }
                if (cmp > 0) {
                    after.pollFirstEntry();
                    next = new Change(a.getKey(), null, a.getValue());
                    return;
                }
                before.pollFirstEntry();
                after.pollFirstEntry();
                if (!Objects.equals(b.getValue(), a.getValue())) {
                    next = new Change(a.getKey(), b.getValue(), a.getValue());
                    return;
                }
            }
        }

        @Override
        public Change next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Change c = next;
            next = null;
            return c;
        }
    }

    @Override
    public String toString() {
        return "commits=" + commits + " baseline=" + (baseline == null ? "none" : baseline.size() + " keys") + " " + working;
    }

    public static void main(String[] args) {
        B38SnapshotDiff state = new B38SnapshotDiff();
        System.out.println(state.changes() + " " + state.iterator().hasNext() + " " + state);
        state.resetToBaseline();
        state.put("region", "eu-west-1");
        state.put("instances", "3");
        System.out.println(state.changes());
        state.commit();
        state.put("instances", "5");
        state.put("zone", "b");
        state.remove("region");
        for (Change c : state) {
            System.out.println(c.kind() + " " + c.key() + " " + c.before() + " -> " + c.after());
        }
        Iterator<Change> it = state.iterator();
        it.forEachRemaining(c -> { });
        System.out.println(it.hasNext() + " " + it.hasNext() + " " + state);
        state.resetToBaseline();
        System.out.println(state.changes() + " " + state);
        state.discardBaseline();
        System.out.println(state.changes().size() + " " + state);
    }
}
