package probe35;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Reliable-messaging session (think STOMP/MQTT client) implemented with the State
 * pattern. Only the Connected state touches the table of unacknowledged frames; the
 * transitions into and out of Connected create and drop that table.
 */
public class SE25ProtocolHandler {
    private interface State {
        State connect();

        State send(int seq, String payload);

        State ack(int seq);

        State disconnect();

        int pending();
    }

    private Map<Integer, String> unacked; // non-null exactly while state is a Connected
    private State state = new Disconnected();
    private int sessions;

    private final class Disconnected implements State {
        public State connect() {
            unacked = new TreeMap<>();
            sessions++;
            return new Connected();
        }

        public State send(int seq, String payload) {
            throw new IllegalStateException("not connected");
        }

        public State ack(int seq) {
            throw new IllegalStateException("not connected");
        }

        public State disconnect() {
            return this;
        }

        public int pending() {
            return 0;
        }
    }

    private final class Connected implements State {
        public State connect() {
            throw new IllegalStateException("already connected");
        }

        public State send(int seq, String payload) {
            if (unacked.putIfAbsent(seq, payload) != null) {
                throw new IllegalArgumentException("duplicate sequence " + seq);
            }
            return this;
        }

        public State ack(int seq) {
            if (unacked.remove(seq) == null) {
                throw new NoSuchElementException("unknown sequence " + seq);
            }
            return this;
        }

        public State disconnect() {
            unacked = null;
            return new Disconnected();
        }

        public int pending() {
            return unacked.size();
        }
    }

    public void connect() {
        state = state.connect();
    }

    public void send(int seq, String payload) {
        state = state.send(seq, payload);
    }

    public void ack(int seq) {
        state = state.ack(seq);
    }

    public void disconnect() {
        state = state.disconnect();
    }

    public int pending() {
        return state.pending();
    }

    public static void main(String[] args) {
        SE25ProtocolHandler session = new SE25ProtocolHandler();
        check(session.pending() == 0, "disconnected");
        expect(IllegalStateException.class, () -> session.send(1, "hello"));
        expect(IllegalStateException.class, () -> session.ack(1));
        session.disconnect();

        session.connect();
        expect(IllegalStateException.class, session::connect);
        session.send(1, "hello");
        session.send(2, "world");
        expect(IllegalArgumentException.class, () -> session.send(2, "again"));
        session.ack(1);
        expect(NoSuchElementException.class, () -> session.ack(1));
        check(session.pending() == 1, "one pending");

        for (int round = 0; round < 2; round++) {
            session.disconnect();
            check(session.pending() == 0, "dropped");
            expect(IllegalStateException.class, () -> session.send(3, "late"));
            expect(IllegalStateException.class, () -> session.ack(2));
        }

        session.connect();
        check(session.pending() == 0, "fresh session");
        session.send(2, "retransmit");
        check(session.pending() == 1 && session.sessions == 2, "reconnected");
        session.disconnect();
        System.out.println("SE25ProtocolHandler ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
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
}
