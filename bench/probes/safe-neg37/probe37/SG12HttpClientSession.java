package probe37;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * HTTP client session with a cookie jar. The jar exists only in state CONNECTED; every public
 * method switches over the enum state and touches the jar only in the CONNECTED branch.
 */
public class SG12HttpClientSession {

    enum State { IDLE, CONNECTED, CLOSED }

    static final class ClientSession {
        private State state = State.IDLE;
        private LinkedHashMap<String, String> cookies; // non-null exactly in state CONNECTED
        private String host = "";

        public void connect(String targetHost) {
            if (targetHost == null || targetHost.isBlank()) {
                throw new IllegalArgumentException("host required");
            }
            switch (state) {
                case IDLE, CLOSED -> {
                    cookies = new LinkedHashMap<>();
                    host = targetHost;
                    state = State.CONNECTED;
                }
                case CONNECTED -> throw new IllegalStateException("already connected to " + host);
            }
        }

        /** Processes one Set-Cookie header value such as "sid=abc; Path=/". */
        public void onSetCookie(String header) {
            switch (state) {
                case CONNECTED -> {
                    String pair = header == null ? "" : header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("malformed Set-Cookie: " + header);
                    }
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
                case IDLE, CLOSED -> throw new IllegalStateException("no connection in state " + state);
            }
        }

        public String cookieHeader() {
            return switch (state) {
                case CONNECTED -> {
                    StringJoiner joiner = new StringJoiner("; ");
                    for (Map.Entry<String, String> e : cookies.entrySet()) {
                        joiner.add(e.getKey() + "=" + e.getValue());
                    }
                    yield joiner.toString();
                }
                case IDLE, CLOSED -> throw new IllegalStateException("no connection in state " + state);
            };
        }

        public int cookieCount() {
            return switch (state) {
                case CONNECTED -> cookies.size();
                case IDLE, CLOSED -> 0;
            };
        }

        public State state() {
            return state;
        }

        /** Idempotent: disconnecting an idle or closed session changes nothing. */
        public void disconnect() {
            switch (state) {
                case CONNECTED -> {
                    state = State.CLOSED;
                    cookies = null;
                }
                case IDLE, CLOSED -> { }
            }
        }
    }

    public static void main(String[] args) {
        ClientSession session = new ClientSession();

        // Phase 1: before the map exists.
        check(session.state() == State.IDLE && session.cookieCount() == 0, "idle");
        expect(IllegalStateException.class, session::cookieHeader);
        expect(IllegalStateException.class, () -> session.onSetCookie("sid=1"));
        expect(IllegalArgumentException.class, () -> session.connect(" "));
        session.disconnect();

        // Phase 2: while it exists.
        session.connect("api.example.org");
        expect(IllegalStateException.class, () -> session.connect("other.example.org"));
        session.onSetCookie("sid=abc123; Path=/; HttpOnly");
        session.onSetCookie("theme=dark");
        session.onSetCookie("sid=def456");
        expect(IllegalArgumentException.class, () -> session.onSetCookie("=novalue"));
        expect(IllegalArgumentException.class, () -> session.onSetCookie(null));
        check(session.cookieHeader().equals("sid=def456; theme=dark"), session.cookieHeader());
        check(session.cookieCount() == 2, "two cookies");

        // Phase 3: after it has been dropped (twice).
        session.disconnect();
        session.disconnect();
        check(session.state() == State.CLOSED && session.cookieCount() == 0, "closed");
        expect(IllegalStateException.class, session::cookieHeader);
        expect(IllegalStateException.class, () -> session.onSetCookie("sid=x"));

        // Phase 4: after it has been created again.
        session.connect("cdn.example.org");
        check(session.cookieHeader().isEmpty(), "fresh jar");
        session.onSetCookie("edge=7");
        check(session.cookieHeader().equals("edge=7"), "edge cookie");
        session.disconnect();
        System.out.println("SG12HttpClientSession ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
