package probe34;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Per-host connection pool; the idle map exists exactly while the lifecycle state is OPEN. */
public class SD15ConnectionPool {
    public enum State { NEW, OPEN, CLOSED }

    public record Connection(String host, int serial) { }

    private State state = State.NEW;
    private Map<String, Deque<Connection>> idleByHost; // assigned on NEW/CLOSED -> OPEN, nulled on -> CLOSED
    private int opened;

    private boolean usable() {
        return switch (state) {
            case OPEN -> true;
            case NEW, CLOSED -> false;
        };
    }

    public void open() {
        if (state == State.OPEN) {
            throw new IllegalStateException("pool already open");
        }
        idleByHost = new HashMap<>();
        state = State.OPEN;
    }

    public Connection acquire(String host) {
        if (!usable()) {
            throw new IllegalStateException("pool is " + state);
        }
        Deque<Connection> idle = idleByHost.get(host);
        if (idle != null && !idle.isEmpty()) {
            return idle.pop();
        }
        return new Connection(host, ++opened);
    }

    public boolean release(Connection c) {
        if (state != State.OPEN) {
            return false; // connection is simply discarded
        }
        idleByHost.computeIfAbsent(c.host(), h -> new ArrayDeque<>()).push(c);
        return true;
    }

    public int idleCount() {
        if (state == State.OPEN) {
            return idleByHost.values().stream().mapToInt(Deque::size).sum();
        }
        return 0;
    }

    public void close() {
        if (state == State.OPEN) {
            idleByHost = null;
        }
        state = State.CLOSED;
    }

    public State state() {
        return state;
    }

    private static void exerciseUnusable(SD15ConnectionPool pool, State expected) {
        check(pool.state() == expected, "state " + pool.state());
        expect(IllegalStateException.class, () -> pool.acquire("db1"));
        check(!pool.release(new Connection("db1", 99)), "release while not open");
        check(pool.idleCount() == 0, "idle count while not open");
    }

    public static void main(String[] args) {
        SD15ConnectionPool pool = new SD15ConnectionPool();
        exerciseUnusable(pool, State.NEW);

        pool.open();
        expect(IllegalStateException.class, pool::open);
        Connection a = pool.acquire("db1");
        Connection b = pool.acquire("db1");
        Connection c = pool.acquire("db2");
        check(a.serial() == 1 && b.serial() == 2 && c.serial() == 3, "fresh connections");
        check(pool.release(a) && pool.release(c), "release while open");
        check(pool.idleCount() == 2, "idle count");
        check(pool.acquire("db1") == a && pool.acquire("db1").serial() == 4, "reuse then create");
        check(pool.state() == State.OPEN, "open state");

        pool.close();
        exerciseUnusable(pool, State.CLOSED);
        pool.close();
        exerciseUnusable(pool, State.CLOSED);

        pool.open();
        check(pool.idleCount() == 0, "reopened pool starts empty");
        Connection d = pool.acquire("db3");
        check(pool.release(d) && pool.idleCount() == 1 && pool.acquire("db3") == d, "reopened pool works");
        check(pool.state() == State.OPEN, "reopened state");
        pool.close();
        exerciseUnusable(pool, State.CLOSED);
        System.out.println("SD15ConnectionPool ok");
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
