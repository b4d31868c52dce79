package probe37;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Message-broker channel implemented with the GoF State pattern. Only the Open state's methods
 * touch the topic-queue map; the Closed state's open() creates it and Open's close() drops it,
 * and the channel swaps its state object right after each transition.
 */
public class SG22BrokerChannel {

    private interface ChannelState {
        ChannelState open(Channel c);

        ChannelState close(Channel c);

        void publish(Channel c, String topic, String message);

        List<String> drain(Channel c, String topic);

        int depth(Channel c);
    }

    private static final class Closed implements ChannelState {
        public ChannelState open(Channel c) {
            c.queues = new HashMap<>();
            return OPEN;
        }

        public ChannelState close(Channel c) {
            return this;
        }

        public void publish(Channel c, String topic, String message) {
            throw new IllegalStateException("channel closed");
        }

        public List<String> drain(Channel c, String topic) {
            throw new IllegalStateException("channel closed");
        }

        public int depth(Channel c) {
            return 0;
        }
    }

    private static final class Open implements ChannelState {
        public ChannelState open(Channel c) {
            throw new IllegalStateException("channel already open");
        }

        public ChannelState close(Channel c) {
            c.queues = null;
            return CLOSED;
        }

        public void publish(Channel c, String topic, String message) {
            c.queues.computeIfAbsent(topic, t -> new ArrayDeque<>()).addLast(message);
        }

        public List<String> drain(Channel c, String topic) {
            ArrayDeque<String> q = c.queues.remove(topic);
            return q == null ? List.of() : new ArrayList<>(q);
        }

        public int depth(Channel c) {
            int total = 0;
            for (ArrayDeque<String> q : c.queues.values()) {
                total += q.size();
            }
            return total;
        }
    }

    private static final ChannelState CLOSED = new Closed();
    private static final ChannelState OPEN = new Open();

    static final class Channel {
        private ChannelState state = CLOSED;
        private HashMap<String, ArrayDeque<String>> queues; // touched only by the Open state

        public void open() {
            state = state.open(this);
        }

        public void close() {
            state = state.close(this);
        }

        public void publish(String topic, String message) {
            if (topic == null || message == null) {
                throw new IllegalArgumentException("topic and message required");
            }
            state.publish(this, topic, message);
        }

        public List<String> drain(String topic) {
            return state.drain(this, topic);
        }

        public int depth() {
            return state.depth(this);
        }
    }

    public static void main(String[] args) {
        Channel channel = new Channel();

        // Phase 1: before the map exists.
        check(channel.depth() == 0, "closed depth");
        expect(IllegalStateException.class, () -> channel.publish("orders", "o1"));
        expect(IllegalStateException.class, () -> channel.drain("orders"));
        channel.close();

        // Phase 2: while it exists.
        channel.open();
        expect(IllegalStateException.class, channel::open);
        channel.publish("orders", "o1");
        channel.publish("orders", "o2");
        channel.publish("audit", "a1");
        expect(IllegalArgumentException.class, () -> channel.publish(null, "x"));
        check(channel.depth() == 3, "three queued");
        check(channel.drain("orders").equals(List.of("o1", "o2")) && channel.drain("orders").isEmpty(), "drain");

        // Phase 3: after it has been dropped (twice).
        channel.close();
        channel.close();
        check(channel.depth() == 0, "closed again");
        expect(IllegalStateException.class, () -> channel.drain("audit"));

        // Phase 4: after it has been created again.
        channel.open();
        check(channel.drain("audit").isEmpty(), "queues discarded on close");
        channel.publish("audit", "a2");
        check(channel.depth() == 1 && channel.drain("audit").equals(List.of("a2")), "fresh queues");
        channel.close();
        System.out.println("SG22BrokerChannel ok");
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
