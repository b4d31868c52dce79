package probe36;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Client side of an HTTP/2-like multiplexed connection. The stream table exists exactly in state OPEN;
 * every operation switches over the state enum before touching it.
 */
public final class SF14Http2Connection {
    enum State { IDLE, OPEN, CLOSED }

    private State state = State.IDLE;
    private TreeMap<Integer, String> streams; // stream id -> request path; non-null exactly in OPEN
    private int nextStreamId;
    private int completed;

    public void connect() {
        switch (state) {
            case IDLE, CLOSED -> {
                streams = new TreeMap<>();
                nextStreamId = 1;
                state = State.OPEN;
            }
            case OPEN -> throw new IllegalStateException("already connected");
        }
    }

    public int send(String path) {
        return switch (state) {
            case OPEN -> {
                int id = nextStreamId;
                nextStreamId += 2; // client-initiated streams are odd
                streams.put(id, path);
                yield id;
            }
            case IDLE -> throw new IllegalStateException("connection not yet open");
            case CLOSED -> throw new IllegalStateException("connection closed");
        };
    }

    public String complete(int streamId) {
        return switch (state) {
            case OPEN -> {
                String path = streams.remove(streamId);
                if (path == null) {
                    throw new NoSuchElementException("no active stream " + streamId);
                }
                completed++;
                yield path;
            }
            case IDLE, CLOSED -> throw new IllegalStateException("no open connection");
        };
    }

    public int inFlight() {
        return switch (state) {
            case OPEN -> streams.size();
            case IDLE, CLOSED -> 0;
        };
    }

    /** Sends GOAWAY: the connection closes and the paths of unfinished streams are returned for retry. */
    public List<String> goAway() {
        return switch (state) {
            case OPEN -> {
                List<String> abandoned = new ArrayList<>(streams.values());
                streams = null;
                state = State.CLOSED;
                yield abandoned;
            }
            case IDLE, CLOSED -> throw new IllegalStateException("nothing to close in state " + state);
        };
    }

    public State state() {
        return state;
    }

    public static void main(String[] args) {
        SF14Http2Connection conn = new SF14Http2Connection();
        // Phase 1: IDLE.
        expect(IllegalStateException.class, () -> conn.send("/"));
        expect(IllegalStateException.class, () -> conn.complete(1));
        expect(IllegalStateException.class, conn::goAway);
        check(conn.inFlight() == 0, "nothing in flight while idle");
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): OPEN.
            conn.connect();
            expect(IllegalStateException.class, conn::connect);
            int s1 = conn.send("/index.html");
            int s2 = conn.send("/style.css");
            int s3 = conn.send("/app.js");
            check(s1 == 1 && s2 == 3 && s3 == 5, "odd stream ids");
            check(conn.complete(s2).equals("/style.css"), "complete s2");
            expect(NoSuchElementException.class, () -> conn.complete(s2));
            check(conn.inFlight() == 2, "two in flight");
            check(conn.goAway().equals(List.of("/index.html", "/app.js")), "abandoned streams in id order");
            // Phase 3: CLOSED (twice over the loop).
            check(conn.state() == State.CLOSED && conn.inFlight() == 0, "closed");
            expect(IllegalStateException.class, () -> conn.send("/retry"));
            expect(IllegalStateException.class, () -> conn.complete(1));
            expect(IllegalStateException.class, conn::goAway);
        }
        conn.connect();
        check(conn.send("/again") == 1 && conn.inFlight() == 1, "reconnected");
        check(conn.completed == 2, "two completions");
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
