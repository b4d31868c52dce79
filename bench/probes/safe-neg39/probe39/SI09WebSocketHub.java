package probe39;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Broadcast hub of a chat server. Session outboxes only exist while the hub is started;
 * every method that needs them opens with {@code if (outboxes == null) throw ...}.
 *
 * <p>This class is single-threaded: the server drives it from its event-loop thread.
 */
public final class SI09WebSocketHub {
    private Map<String, List<String>> outboxes; // session id -> queued frames; null unless started
    private int sequence;

    public void start() {
        if (outboxes != null) {
            throw new IllegalStateException("hub already started");
        }
        outboxes = new LinkedHashMap<>();
    }

    public void stop() {
        if (outboxes == null) {
            throw new IllegalStateException("hub not started");
        }
        outboxes = null;
    }

    public boolean isRunning() {
        return outboxes != null;
    }

    public String connect(String user) {
        requireText(user, "user");
        if (outboxes == null) {
            throw new IllegalStateException("hub not started");
        }
        String id = user + "#" + (++sequence);
        outboxes.put(id, new ArrayList<>());
        return id;
    }

    public void disconnect(String sessionId) {
        requireText(sessionId, "sessionId");
        if (outboxes == null) {
            throw new IllegalStateException("hub not started");
        }
        if (outboxes.remove(sessionId) == null) {
            throw new IllegalArgumentException("unknown session " + sessionId);
        }
    }

    public int broadcast(String frame) {
        requireText(frame, "frame");
        if (outboxes == null) {
            throw new IllegalStateException("hub not started");
        }
        for (List<String> queue : outboxes.values()) {
            queue.add(frame);
        }
        return outboxes.size();
    }

    public void send(String sessionId, String frame) {
        requireText(sessionId, "sessionId");
        requireText(frame, "frame");
        if (outboxes == null) {
            throw new IllegalStateException("hub not started");
        }
        List<String> queue = outboxes.get(sessionId);
        if (queue == null) {
            throw new IllegalArgumentException("unknown session " + sessionId);
        }
        queue.add(frame);
    }

    public List<String> drain(String sessionId) {
        requireText(sessionId, "sessionId");
        if (outboxes == null) {
            throw new IllegalStateException("hub not started");
        }
        List<String> queue = outboxes.get(sessionId);
        if (queue == null) {
            throw new IllegalArgumentException("unknown session " + sessionId);
        }
        List<String> frames = List.copyOf(queue);
        queue.clear();
        return frames;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must be non-empty");
        }
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
        SI09WebSocketHub hub = new SI09WebSocketHub();
        check(!hub.isRunning(), "not running");
        expect(IllegalStateException.class, () -> hub.connect("ann"));
        expect(IllegalStateException.class, () -> hub.broadcast("hi"));
        expect(IllegalStateException.class, () -> hub.send("ann#1", "hi"));
        expect(IllegalStateException.class, () -> hub.drain("ann#1"));
        expect(IllegalStateException.class, () -> hub.disconnect("ann#1"));
        expect(IllegalStateException.class, hub::stop);
        expect(IllegalArgumentException.class, () -> hub.connect(null));

        hub.start();
        expect(IllegalStateException.class, hub::start);
        String ann = hub.connect("ann");
        String bob = hub.connect("bob");
        check(hub.broadcast("welcome") == 2, "two receivers");
        hub.send(bob, "private");
        check(hub.drain(bob).equals(List.of("welcome", "private")), "bob frames");
        check(hub.drain(bob).isEmpty(), "bob drained");
        hub.disconnect(ann);
        expect(IllegalArgumentException.class, () -> hub.drain(ann));
        expect(IllegalArgumentException.class, () -> hub.send("nobody", "x"));
        expect(IllegalArgumentException.class, () -> hub.disconnect(ann));

        hub.stop();
        expect(IllegalStateException.class, hub::stop);
        expect(IllegalStateException.class, () -> hub.drain(bob));
        expect(IllegalStateException.class, () -> hub.broadcast("late"));

        hub.start();
        String cid = hub.connect("cid");
        check(hub.broadcast("again") == 1 && hub.drain(cid).equals(List.of("again")), "restarted hub");
        check(hub.isRunning(), "running at the end");
        System.out.println("OK SI09WebSocketHub");
    }
}
