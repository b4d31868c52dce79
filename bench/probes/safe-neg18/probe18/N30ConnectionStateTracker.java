package probe18;

import java.util.HashMap;
import java.util.Map;

/** Tracks a client connection's phase and its in-flight requests for a message broker client. */
public final class N30ConnectionStateTracker {

    sealed interface Phase permits Disconnected, Connected, Draining {
    }

    record Disconnected(String reason) implements Phase {
    }

    record Connected(long since) implements Phase {
    }

    record Draining(int remainingAtStart) implements Phase {
    }

    private Phase phase = new Disconnected("initial");
    private Map<Integer, String> inflight;

    public void connect(long now) {
        if (!(phase instanceof Disconnected)) {
            return;
        }
        inflight = new HashMap<>();
        phase = new Connected(now);
    }

    public boolean send(int id, String payload) {
        if (!(phase instanceof Connected)) {
            return false;
        }
        inflight.put(id, payload);
        return true;
    }

    public boolean ack(int id) {
        if (phase instanceof Disconnected) {
            return false;
        }
        boolean known = inflight.remove(id) != null;
        if (phase instanceof Draining && inflight.isEmpty()) {
            disconnect("drained");
        }
        return known;
    }

    public void drain() {
        if (phase instanceof Connected) {
            phase = new Draining(inflight.size());
            if (inflight.isEmpty()) {
                disconnect("drained");
            }
        }
    }

    public void disconnect(String reason) {
        phase = new Disconnected(reason);
        inflight = null;
    }

    public String describe() {
        if (phase instanceof Connected c) {
            return "connected since " + c.since() + ", inflight=" + inflight.keySet();
        } else if (phase instanceof Draining d) {
            return "draining " + inflight.size() + "/" + d.remainingAtStart();
        } else if (phase instanceof Disconnected dc) {
            return "disconnected (" + dc.reason() + ")";
        }
        return "unknown";
    }

    public static void main(String[] args) {
        N30ConnectionStateTracker t = new N30ConnectionStateTracker();
        System.out.println(t.send(1, "x") + " " + t.ack(1) + " " + t.describe());
        t.drain();
        t.connect(10);
        t.connect(11);
        t.send(1, "a");
        t.send(2, "b");
        System.out.println(t.describe() + " ack9=" + t.ack(9));
        t.drain();
        System.out.println(t.describe() + " send while draining=" + t.send(3, "c"));
        t.ack(1);
        t.ack(2);
        System.out.println(t.describe() + " late ack=" + t.ack(2));
        t.connect(20);
        t.drain();
        System.out.println(t.describe());
        t.disconnect("manual");
        t.disconnect("again");
        System.out.println(t.describe());
    }
}
