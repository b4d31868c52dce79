package probe39;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sender side of a reliable, TCP-like connection, written with the GoF State pattern. The table
 * of unacknowledged segments exists only while the connection is established: the Closed
 * state's {@code open} creates it before switching to Established, and Established's
 * {@code close} switches back before dropping it. Only Established's methods touch the table.
 *
 * <p>This class is single-threaded: the connection is driven by one I/O thread.
 */
public final class SI17TcpSender {
    private static final int WINDOW = 3;

    private sealed interface State permits Closed, Established {
        void open();

        int send(String payload);

        int acknowledge(int ackNo);

        List<String> pending();

        void close();
    }

    private final class Closed implements State {
        public void open() {
            unacked = new TreeMap<>();
            nextSeq = 1;
            state = established;
        }

        public int send(String payload) {
            throw new IllegalStateException("connection closed");
        }

        public int acknowledge(int ackNo) {
            return 0; // a late ACK after close is ignored
        }

        public List<String> pending() {
            return List.of();
        }

        public void close() {
            // already closed
        }
    }

    private final class Established implements State {
        public void open() {
            throw new IllegalStateException("already open");
        }

        public int send(String payload) {
            if (unacked.size() >= WINDOW) {
                throw new IllegalStateException("send window full");
            }
            int seq = nextSeq;
            nextSeq += payload.length();
            unacked.put(seq, payload);
            return seq;
        }

        public int acknowledge(int ackNo) {
            SortedMap<Integer, String> done = unacked.headMap(ackNo); // cumulative ACK
            int n = done.size();
            done.clear();
            return n;
        }

        public List<String> pending() {
            return List.copyOf(unacked.values());
        }

        public void close() {
            state = closed;
            unacked = null;
        }
    }

    private final State closed = new Closed();
    private final State established = new Established();
    private State state = closed;
    private TreeMap<Integer, String> unacked; // seq -> payload; non-null iff state == established
    private int nextSeq;

    public void open() {
        state.open();
    }

    public int send(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("payload must be non-empty");
        }
        return state.send(payload);
    }

    public int acknowledge(int ackNo) {
        return state.acknowledge(ackNo);
    }

    public List<String> pending() {
        return state.pending();
    }

    public void close() {
        state.close();
    }

    public boolean isOpen() {
        return state == established;
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
        SI17TcpSender conn = new SI17TcpSender();
        check(!conn.isOpen() && conn.pending().isEmpty() && conn.acknowledge(10) == 0, "closed");
        expect(IllegalStateException.class, () -> conn.send("hello"));
        expect(IllegalArgumentException.class, () -> conn.send(""));
        conn.close();

        conn.open();
        expect(IllegalStateException.class, conn::open);
        check(conn.send("hello") == 1 && conn.send("abc") == 6 && conn.send("xy") == 9, "sequence numbers");
        expect(IllegalStateException.class, () -> conn.send("full"));
        check(conn.acknowledge(6) == 1 && conn.pending().equals(List.of("abc", "xy")), "cumulative ack");
        check(conn.acknowledge(6) == 0 && conn.send("z") == 11, "duplicate ack, window reopened");
        check(conn.acknowledge(100) == 3 && conn.pending().isEmpty(), "all acked");

        conn.send("tail");
        conn.close();
        conn.close();
        check(!conn.isOpen() && conn.pending().isEmpty() && conn.acknowledge(50) == 0, "closed again");
        expect(IllegalStateException.class, () -> conn.send("late"));

        conn.open();
        check(conn.send("again") == 1 && conn.pending().equals(List.of("again")), "fresh table");
        conn.close();
        System.out.println("OK SI17TcpSender");
    }
}
