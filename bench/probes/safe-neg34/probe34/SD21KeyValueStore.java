package probe34;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/** LSM-flavoured key-value store; the memtable exists only while open, checked by checkOpen(). */
public class SD21KeyValueStore {
    private final List<String> writeAheadLog = new ArrayList<>(); // survives close()
    private boolean open;
    private SortedMap<String, String> memtable; // assigned in open(), nulled in close()

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("store is closed");
        }
    }

    public void open() {
        if (open) {
            return;
        }
        SortedMap<String, String> table = new TreeMap<>();
        for (String record : writeAheadLog) {
            int eq = record.indexOf('=');
            String key = record.substring(0, eq);
            String value = record.substring(eq + 1);
            if (value.isEmpty()) {
                table.remove(key);
            } else {
                table.put(key, value);
            }
        }
        memtable = table;
        open = true;
    }

    public void put(String key, String value) {
        checkOpen();
        if (key.isEmpty() || key.contains("=") || value.isEmpty()) {
            throw new IllegalArgumentException("invalid key/value");
        }
        writeAheadLog.add(key + "=" + value);
        memtable.put(key, value);
    }

    public String get(String key) {
        checkOpen();
        return memtable.get(key);
    }

    public boolean delete(String key) {
        checkOpen();
        writeAheadLog.add(key + "=");
        return memtable.remove(key) != null;
    }

    public SortedMap<String, String> range(String fromInclusive, String toExclusive) {
        checkOpen();
        return new TreeMap<>(memtable.subMap(fromInclusive, toExclusive));
    }

    public int logLength() {
        return writeAheadLog.size();
    }

    public boolean isOpen() {
        return open;
    }

    public void close() {
        open = false;
        memtable = null;
    }

    private static void exerciseClosed(SD21KeyValueStore s, int logLength) {
        check(!s.isOpen(), "closed");
        expect(IllegalStateException.class, () -> s.put("a", "1"));
        expect(IllegalStateException.class, () -> s.get("a"));
        expect(IllegalStateException.class, () -> s.delete("a"));
        expect(IllegalStateException.class, () -> s.range("a", "z"));
        check(s.logLength() == logLength, "log length " + s.logLength());
        s.close();
    }

    public static void main(String[] args) {
        SD21KeyValueStore store = new SD21KeyValueStore();
        exerciseClosed(store, 0);

        store.open();
        store.open(); // idempotent
        store.put("apple", "1");
        store.put("banana", "2");
        store.put("cherry", "3");
        check("2".equals(store.get("banana")) && store.get("durian") == null, "get");
        check(store.delete("apple") && !store.delete("apple"), "delete");
        check(store.range("a", "c").equals(new TreeMap<>(java.util.Map.of("banana", "2"))), "range");
        expect(IllegalArgumentException.class, () -> store.range("z", "a"));
        expect(IllegalArgumentException.class, () -> store.put("k=v", "x"));
        check(store.isOpen() && store.logLength() == 5, "open state");

        store.close();
        exerciseClosed(store, 5);
        store.close();
        exerciseClosed(store, 5);

        store.open();
        check(store.get("apple") == null && "3".equals(store.get("cherry")), "replayed from the log");
        store.put("date", "4");
        check(store.range("b", "e").size() == 3 && store.delete("banana"), "reopened store");
        check(store.logLength() == 7 && store.isOpen(), "log after reopen");
        store.close();
        exerciseClosed(store, 7);
        System.out.println("SD21KeyValueStore ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
