package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Client side of an HTTP/2-like multiplexed connection. The stream table exists
 * exactly in the OPEN and GOAWAY states; every access is a switch expression on the
 * connection state, never a null test of the table.
 */
public class SE13Http2Connection {
    enum State { IDLE, OPEN, GOAWAY, CLOSED }

    private State state = State.IDLE;
    private Map<Integer, String> streams; // non-null exactly in OPEN and GOAWAY
    private int nextStreamId;

    public void connect() {
        switch (state) {
            case IDLE, CLOSED -> {
                streams = new HashMap<>();
                nextStreamId = 1;
                state = State.OPEN;
            }
            case OPEN, GOAWAY -> throw new IllegalStateException("already connected");
        }
    }

    public int openStream(String path) {
        return switch (state) {
            case OPEN -> {
                int id = nextStreamId;
                nextStreamId += 2;
                streams.put(id, path);
                yield id;
            }
            case GOAWAY -> throw new IllegalStateException("peer sent GOAWAY");
            case IDLE, CLOSED -> throw new IllegalStateException("not connected");
        };
    }

    public String pathOf(int id) {
        String path = switch (state) {
            case OPEN, GOAWAY -> streams.get(id);
            case IDLE, CLOSED -> null;
        };
        if (path == null) {
            throw new NoSuchElementException("no stream " + id);
        }
        return path;
    }

    public int activeStreams() {
        return switch (state) {
            case OPEN, GOAWAY -> streams.size();
            case IDLE, CLOSED -> 0;
        };
    }

    public void goAway() {
        state = switch (state) {
            case OPEN -> streams.isEmpty() ? closeNow() : State.GOAWAY;
            case GOAWAY, IDLE, CLOSED -> throw new IllegalStateException("cannot GOAWAY in " + state);
        };
    }

    public void endStream(int id) {
        boolean drained = switch (state) {
            case OPEN, GOAWAY -> {
                if (streams.remove(id) == null) {
                    throw new NoSuchElementException("no stream " + id);
                }
                yield state == State.GOAWAY && streams.isEmpty();
            }
            case IDLE, CLOSED -> throw new NoSuchElementException("not connected");
        };
        if (drained) {
            state = closeNow();
        }
    }

    private State closeNow() {
        streams = null;
        return State.CLOSED;
    }

    public void close() {
        state = closeNow();
    }

    public static void main(String[] args) {
        SE13Http2Connection conn = new SE13Http2Connection();
        check(conn.activeStreams() == 0, "idle");
        expect(IllegalStateException.class, () -> conn.openStream("/"));
        expect(NoSuchElementException.class, () -> conn.pathOf(1));
        expect(NoSuchElementException.class, () -> conn.endStream(1));
        expect(IllegalStateException.class, conn::goAway);

        conn.connect();
        expect(IllegalStateException.class, conn::connect);
        int a = conn.openStream("/index.html");
        int b = conn.openStream("/app.js");
        check(a == 1 && b == 3 && conn.pathOf(b).equals("/app.js") && conn.activeStreams() == 2, "streams");
        conn.goAway();
        expect(IllegalStateException.class, () -> conn.openStream("/late"));
        conn.endStream(a);
        check(conn.activeStreams() == 1 && conn.pathOf(b).equals("/app.js"), "draining");
        conn.endStream(b);
        check(conn.activeStreams() == 0, "drained and closed");
        expect(NoSuchElementException.class, () -> conn.pathOf(b));

        conn.connect();
        conn.openStream("/x");
        for (int round = 0; round < 2; round++) {
            conn.close();
            check(conn.activeStreams() == 0, "closed");
            expect(IllegalStateException.class, () -> conn.openStream("/y"));
            expect(NoSuchElementException.class, () -> conn.endStream(1));
        }

        conn.connect();
        check(conn.openStream("/again") == 1 && conn.activeStreams() == 1, "reconnected");
        conn.goAway();
        check(conn.activeStreams() == 1, "goaway with stream");
        conn.close();
        System.out.println("SE13Http2Connection ok");
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
