package probe33;

import java.util.Map;
import java.util.TreeMap;

/**
 * The GoF State pattern applied to a TCP-like connection (cf. the classic TCPConnection
 * example). Behaviour is delegated to the current state object. Only the Established
 * state touches the in-flight segment map, and the map is created on every transition into
 * Established and dropped on every transition out of it.
 */
public class SC40TcpConnection {

    private interface State {
        void open();

        void send(String payload);

        void ack(int seq);

        void close();

        String name();
    }

    private final class Closed implements State {
        public void open() {
            inFlight = new TreeMap<>();
            state = established;
        }

        public void send(String payload) {
            throw new IllegalStateException("connection is closed");
        }

        public void ack(int seq) {
            throw new IllegalStateException("connection is closed");
        }

        public void close() {
            // already closed: nothing to do
        }

        public String name() {
            return "CLOSED";
        }
    }

    private final class Established implements State {
        public void open() {
            throw new IllegalStateException("already established");
        }

        public void send(String payload) {
            inFlight.put(nextSeq++, payload);
        }

        public void ack(int seq) {
            if (inFlight.remove(seq) == null) {
                throw new IllegalArgumentException("unexpected ack " + seq);
            }
        }

        public void close() {
            lost += inFlight.size();
            inFlight = null;
            state = closed;
        }

        public String name() {
            return "ESTABLISHED(" + inFlight.size() + " unacked)";
        }
    }

    private final State closed = new Closed();
    private final State established = new Established();
    private State state = closed;
    private Map<Integer, String> inFlight;
    private int nextSeq = 1;
    private int lost;

    public void open() {
        state.open();
    }

    public void send(String payload) {
        state.send(payload);
    }

    public void ack(int seq) {
        state.ack(seq);
    }

    public void close() {
        state.close();
    }

    public String status() {
        return state.name();
    }

    public int lost() {
        return lost;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void closedPhase(SC40TcpConnection c) {
        check(c.status().equals("CLOSED"), c.status());
        for (Runnable r : new Runnable[] {() -> c.send("x"), () -> c.ack(1)}) {
            try {
                r.run();
                throw new AssertionError("expected ISE");
            } catch (IllegalStateException expected) {
                // ok
            }
        }
        c.close();
    }

    public static void main(String[] args) {
        SC40TcpConnection c = new SC40TcpConnection();
        closedPhase(c);
        c.open();
        try {
            c.open();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        c.send("SYN-DATA");
        c.send("hello");
        c.send("world");
        c.ack(2);
        try {
            c.ack(2);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        check(c.status().equals("ESTABLISHED(2 unacked)"), c.status());

        c.close();
        closedPhase(c);
        closedPhase(c);
        check(c.lost() == 2, "2 lost");
        c.open();
        c.send("again");
        check(c.status().equals("ESTABLISHED(1 unacked)"), c.status());
        c.ack(4);
        check(c.status().equals("ESTABLISHED(0 unacked)"), c.status());
        c.close();
        check(c.lost() == 2 && c.status().equals("CLOSED"), "clean close");
        System.out.println("SC40 ok");
    }
}
