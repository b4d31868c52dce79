package probe37;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Message-broker outbox shared by publisher threads. A private lock guards both a {@code closed}
 * flag and the topic map; the map is non-null exactly when {@code closed} is false, and every
 * access happens inside synchronized (lock) after testing the flag.
 */
public class SG28BrokerOutbox {

    static final class Outbox {
        private final Object lock = new Object();
        private boolean closed = true;                // guarded by lock
        private HashMap<String, List<String>> topics; // guarded by lock; non-null exactly when !closed

        public void open() {
            synchronized (lock) {
                if (!closed) {
                    throw new IllegalStateException("outbox already open");
                }
                topics = new HashMap<>();
                closed = false;
            }
        }

        public void publish(String topic, String message) {
            if (topic == null || message == null) {
                throw new IllegalArgumentException("topic and message required");
            }
            synchronized (lock) {
                if (closed) {
                    throw new IllegalStateException("outbox closed");
                }
                topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(message);
            }
        }

        public int pending(String topic) {
            synchronized (lock) {
                if (closed) {
                    return 0;
                }
                List<String> q = topics.get(topic);
                return q == null ? 0 : q.size();
            }
        }

        /** Closes the outbox and returns per-topic message counts; later calls return an empty map. */
        public Map<String, Integer> close() {
            synchronized (lock) {
                if (closed) {
                    return Map.of();
                }
                closed = true;
                Map<String, Integer> counts = new TreeMap<>();
                topics.forEach((t, q) -> counts.put(t, q.size()));
                topics = null;
                return counts;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Outbox outbox = new Outbox();

        // Phase 1: before the map exists.
        check(outbox.pending("t") == 0 && outbox.close().isEmpty(), "closed");
        expect(IllegalStateException.class, () -> outbox.publish("t", "m"));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Phase 2: while it exists; publishers race with close().
            outbox.open();
            expect(IllegalStateException.class, outbox::open);
            expect(IllegalArgumentException.class, () -> outbox.publish(null, "m"));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> publishers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String topic = "topic-" + (w % 2);
                publishers.add(pool.submit(() -> {
                    go.await();
                    int accepted = 0;
                    for (int i = 0; i < 20_000; i++) {
                        try {
                            outbox.publish(topic, "m" + i);
                            accepted++;
                        } catch (IllegalStateException closedNow) {
                            break; // expected once the outbox is closed
                        }
                    }
                    return accepted;
                }));
            }
            go.countDown();
            Thread.sleep(2);

            // Phase 3: after it has been dropped (twice).
            Map<String, Integer> counts = outbox.close();
            check(outbox.close().isEmpty(), "second close");
            int accepted = 0;
            for (Future<Integer> f : publishers) {
                accepted += f.get(30, TimeUnit.SECONDS); // rethrows any worker failure
            }
            int counted = counts.values().stream().mapToInt(Integer::intValue).sum();
            check(accepted == counted, "accepted " + accepted + " != counted " + counted);
            check(outbox.pending("topic-0") == 0, "nothing pending after close");

            // Phase 4: after it has been created again.
            outbox.open();
            outbox.publish("topic-0", "again");
            check(outbox.pending("topic-0") == 1 && outbox.close().equals(Map.of("topic-0", 1)), "reopened");
        } finally {
            pool.shutdownNow();
        }
        System.out.println("SG28BrokerOutbox ok");
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
