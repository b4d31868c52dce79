package probe39;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Connection pool of a database client. A connection unregisters itself when closed and then runs
 * its owner's close hook. {@link #closeAll()} first detaches the active map (the field becomes
 * null) and only then closes the connections of the detached local map. Their callbacks,
 * {@code unregister} and any hook that re-enters the pool, see the null field or a fresh map, never
 * the map being iterated, so there is no null dereference and no concurrent modification.
 *
 * <p>This class is single-threaded: the client drives its pool from one thread.
 */
public final class SI36ConnectionPool {
    public final class Connection implements AutoCloseable {
        private final String name;
        private final Runnable onClose;
        private boolean closed;

        private Connection(String name, Runnable onClose) {
            this.name = name;
            this.onClose = onClose;
        }

        public String query(String sql) {
            if (closed) {
                throw new IllegalStateException(name + " is closed");
            }
            return name + ": " + sql;
        }

        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            unregister(this);
            onClose.run();
        }
    }

    private LinkedHashMap<String, Connection> active; // null until the first open() after construction or closeAll()

    public Connection open(String name, Runnable onClose) {
        if (name == null || name.isEmpty() || onClose == null) {
            throw new IllegalArgumentException("name and close hook are required");
        }
        if (active == null) {
            active = new LinkedHashMap<>();
        }
        if (active.containsKey(name)) {
            throw new IllegalArgumentException(name + " already open");
        }
        Connection connection = new Connection(name, onClose);
        active.put(name, connection);
        return connection;
    }

    private void unregister(Connection connection) {
        LinkedHashMap<String, Connection> current = active;
        if (current != null) {
            current.remove(connection.name, connection);
        }
    }

    public int closeAll() {
        LinkedHashMap<String, Connection> detached = active;
        active = null;
        if (detached == null) {
            return 0;
        }
        RuntimeException firstFailure = null;
        for (Connection connection : detached.values()) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return detached.size();
    }

    public int openCount() {
        LinkedHashMap<String, Connection> current = active;
        return current == null ? 0 : current.size();
    }

    public Optional<Connection> find(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name is null");
        }
        LinkedHashMap<String, Connection> current = active;
        return current == null ? Optional.empty() : Optional.ofNullable(current.get(name));
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI36ConnectionPool pool = new SI36ConnectionPool();
        List<String> log = new ArrayList<>();
        check(pool.closeAll() == 0 && pool.openCount() == 0 && pool.find("a").isEmpty(), "empty pool");
        expect(IllegalArgumentException.class, () -> pool.open("a", null));
        expect(IllegalArgumentException.class, () -> pool.find(null));

        Connection a = pool.open("a", () -> log.add("a closed, open=" + pool.openCount()));
        Connection b = pool.open("b", () -> log.add("b closed"));
        expect(IllegalArgumentException.class, () -> pool.open("a", () -> { }));
        check(a.query("select 1").equals("a: select 1") && pool.openCount() == 2, "open");
        b.close();
        b.close();
        check(pool.openCount() == 1 && pool.find("b").isEmpty() && log.equals(List.of("b closed")), "self-unregister");
        expect(IllegalStateException.class, () -> b.query("x"));

        Connection[] later = new Connection[1];
        pool.open("c", () -> {
            log.add("c closed");
            later[0].close();                    // closes a sibling that closeAll has not reached yet
            pool.open("reconnect", () -> { });   // re-enters the pool during closeAll
        });
        later[0] = pool.open("z", () -> log.add("z closed"));
        check(pool.closeAll() == 3 && a.isClosed() && later[0].isClosed(), "closeAll");
        check(log.equals(List.of("b closed", "a closed, open=0", "c closed", "z closed")), log.toString());
        check(pool.openCount() == 1 && pool.find("reconnect").isPresent(), "pool usable during closeAll");

        pool.open("bad", () -> {
            throw new IllegalStateException("hook failed");
        });
        Connection d = pool.open("d", () -> log.add("d closed"));
        expect(IllegalStateException.class, pool::closeAll);
        check(d.isClosed() && pool.openCount() == 0 && pool.closeAll() == 0, "failure does not stop closeAll");
        check(pool.open("e", () -> { }).query("q").equals("e: q"), "reopened");
        System.out.println("OK SI36ConnectionPool");
    }
}
