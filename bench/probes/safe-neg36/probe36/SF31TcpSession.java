package probe36;

import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Reliable-transport session (TCP-like) written with the GoF State pattern: the session delegates every
 * operation to a polymorphic state object. Only the Established state's methods touch the retransmission
 * map, and an Established object is installed only by Closed.open() right after it creates the map;
 * Established.close() drops the map and hands back a Closed state.
 */
public final class SF31TcpSession {
    private interface State {
        State open();
        State close();
        long send(String payload);
        void ackUpTo(long sequence);
        int inFlight();
        String name();
    }

    private final class Closed implements State {
        @Override public State open() {
            unacked = new TreeMap<>();
            return new Established();
        }
        @Override public State close() {
            throw new IllegalStateException("session already closed");
        }
        @Override public long send(String payload) {
            throw new IllegalStateException("cannot send on a closed session");
        }
        @Override public void ackUpTo(long sequence) {
            throw new IllegalStateException("ack on a closed session");
        }
        @Override public int inFlight() {
            return 0;
        }
        @Override public String name() {
            return "CLOSED";
        }
    }

    private final class Established implements State {
        @Override public State open() {
            throw new IllegalStateException("session already established");
        }
        @Override public State close() {
            dropped += unacked.size();
            unacked = null;
            return new Closed();
        }
        @Override public long send(String payload) {
            if (payload.isEmpty()) {
                throw new IllegalArgumentException("empty segment");
            }
            long sequence = nextSequence;
            nextSequence += payload.length();
            unacked.put(sequence, payload);
            return sequence;
        }
        @Override public void ackUpTo(long sequence) {
            if (!unacked.containsKey(sequence)) {
                throw new NoSuchElementException("no segment starts at " + sequence);
            }
            unacked.headMap(sequence, true).clear();
        }
        @Override public int inFlight() {
            return unacked.size();
        }
        @Override public String name() {
            return "ESTABLISHED";
        }
    }

    private TreeMap<Long, String> unacked; // sequence number -> payload; touched only by Established
    private State state = new Closed();
    private long nextSequence = 1_000;
    private int dropped;

    public void open() {
        state = state.open();
    }

    public void close() {
        state = state.close();
    }

    public long send(String payload) {
        return state.send(payload);
    }

    public void ackUpTo(long sequence) {
        state.ackUpTo(sequence);
    }

    public int inFlight() {
        return state.inFlight();
    }

    public String stateName() {
        return state.name();
    }

    public static void main(String[] args) {
        SF31TcpSession session = new SF31TcpSession();
        // Phase 1: CLOSED, never opened.
        check(session.stateName().equals("CLOSED") && session.inFlight() == 0, "closed initially");
        expect(IllegalStateException.class, () -> session.send("hello"));
        expect(IllegalStateException.class, () -> session.ackUpTo(1_000));
        expect(IllegalStateException.class, session::close);
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): ESTABLISHED.
            session.open();
            expect(IllegalStateException.class, session::open);
            long a = session.send("GET /");
            long b = session.send("Host: x");
            long c = session.send("\r\n");
            check(b == a + 5 && c == b + 7, "sequence numbers advance by payload length");
            expect(IllegalArgumentException.class, () -> session.send(""));
            session.ackUpTo(b);
            check(session.inFlight() == 1, "cumulative ack");
            expect(NoSuchElementException.class, () -> session.ackUpTo(a));
            // Phase 3: CLOSED again with one segment unacknowledged (twice over the loop).
            session.close();
            check(session.stateName().equals("CLOSED") && session.inFlight() == 0, "closed");
            expect(IllegalStateException.class, () -> session.send("late"));
            expect(IllegalStateException.class, () -> session.ackUpTo(c));
            expect(IllegalStateException.class, session::close);
        }
        session.open();
        check(session.inFlight() == 0 && session.stateName().equals("ESTABLISHED"), "fresh map after reopen");
        check(session.dropped == 2, "one dropped segment per close");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
