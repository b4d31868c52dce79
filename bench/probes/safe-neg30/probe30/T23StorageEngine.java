package probe30;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Pluggable key-value storage; engines prepare their structures from the base constructor. */
public final class T23StorageEngine {
    public interface KeyValueStore extends AutoCloseable {
        void put(String key, byte[] value);

        Optional<byte[]> get(String key);

        List<String> keysWithPrefix(String prefix);

        boolean isClosed();

        @Override
        void close();
    }

    private abstract static class AbstractEngine implements KeyValueStore {
        private final String name;
        private boolean closed;

        protected AbstractEngine(String name) {
            this.name = name;
            initialize(); // subclasses allocate their storage here
        }

        protected abstract void initialize();

        protected abstract void doPut(String key, byte[] value);

        protected abstract byte[] doGet(String key);

        protected abstract List<String> doScan(String prefix);

        protected abstract void doClose();

        @Override
        public final void put(String key, byte[] value) {
            ensureOpen();
            doPut(key, value.clone());
        }

        @Override
        public final Optional<byte[]> get(String key) {
            ensureOpen();
            byte[] v = doGet(key);
            return v == null ? Optional.empty() : Optional.of(v.clone());
        }

        @Override
        public final List<String> keysWithPrefix(String prefix) {
            return closed ? List.of() : doScan(prefix);
        }

        @Override
        public final boolean isClosed() { return closed; }

        @Override
        public final void close() {
            if (closed) return;
            closed = true;
            doClose();
        }

        private void ensureOpen() {
            if (closed) throw new IllegalStateException(name + " is closed");
        }
    }

    /** In-memory engine backed by a sorted map. */
    private static final class MemoryEngine extends AbstractEngine {
        // No initializer on purpose: initialize() runs inside super(...) and an
        // initializer would overwrite the map it created.
        private NavigableMap<String, byte[]> data;

        MemoryEngine(String name) {
            super(name);
        }

        @Override
        protected void initialize() { data = new TreeMap<>(); }

        @Override
        protected void doPut(String key, byte[] value) { data.put(key, value); }

        @Override
        protected byte[] doGet(String key) { return data.get(key); }

        @Override
        protected List<String> doScan(String prefix) {
            return new ArrayList<>(data.subMap(prefix, true, prefix + Character.MAX_VALUE, true).keySet());
        }

        @Override
        protected void doClose() { data = null; }
    }

    private T23StorageEngine() {
    }

    public static KeyValueStore openInMemory(String name) {
        return new MemoryEngine(name);
    }

    public static void main(String[] args) {
        try (KeyValueStore store = openInMemory("users")) {
            assert !store.isClosed() && store.get("u:1").isEmpty();
            assert store.keysWithPrefix("u:").isEmpty();
            byte[] ada = {1, 2, 3};
            store.put("u:1", ada);
            store.put("u:2", new byte[] {4});
            store.put("v:1", new byte[] {5});
            ada[0] = 9; // stored value is a defensive copy
            assert store.get("u:1").orElseThrow()[0] == 1;
            assert store.keysWithPrefix("u:").equals(List.of("u:1", "u:2"));
        }

        KeyValueStore store = openInMemory("sessions");
        store.put("s", new byte[] {1});
        store.close();
        store.close();
        assert store.isClosed() && store.keysWithPrefix("s").isEmpty();
        try {
            store.get("s");
            throw new AssertionError("read after close");
        } catch (IllegalStateException expected) {
            // closed
        }
        try {
            store.put("s", new byte[] {2});
            throw new AssertionError("write after close");
        } catch (IllegalStateException expected) {
            // closed
        }
        System.out.println("T23 ok");
    }
}
