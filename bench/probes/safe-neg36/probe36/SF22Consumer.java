package probe36;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Message-queue consumer (Kafka-client-like) whose lifecycle is an AtomicInteger holding state codes.
 * The position table is non-null exactly while the code is SUBSCRIBED; operations compare codes only.
 */
public final class SF22Consumer {
    private static final int UNSUBSCRIBED = 0;
    private static final int SUBSCRIBED = 1;
    private static final int CLOSED = 2;

    private final AtomicInteger state = new AtomicInteger(UNSUBSCRIBED);
    private final Map<String, List<String>> broker; // partition -> records (simulated broker)
    private HashMap<String, Long> positions;        // partition -> next offset; non-null exactly while SUBSCRIBED

    public SF22Consumer(Map<String, List<String>> broker) {
        this.broker = Map.copyOf(broker);
    }

    private static String describe(int code) {
        return code == CLOSED ? "consumer is closed" : code == UNSUBSCRIBED ? "consumer is not subscribed" : "consumer is subscribed";
    }

    public synchronized void subscribe(Collection<String> partitions) {
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("no partitions given");
        }
        if (state.get() != UNSUBSCRIBED) {
            throw new IllegalStateException(describe(state.get()));
        }
        HashMap<String, Long> fresh = new HashMap<>();
        for (String partition : partitions) {
            if (!broker.containsKey(partition)) {
                throw new NoSuchElementException("unknown partition " + partition);
            }
            fresh.put(partition, 0L);
        }
        positions = fresh;
        state.set(SUBSCRIBED);
    }

    public synchronized List<String> poll(int maxRecords) {
        if (state.get() != SUBSCRIBED) {
            throw new IllegalStateException(describe(state.get()));
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> entry : positions.entrySet()) {
            List<String> records = broker.get(entry.getKey());
            long position = entry.getValue();
            while (position < records.size() && out.size() < maxRecords) {
                out.add(records.get((int) position++));
            }
            entry.setValue(position);
        }
        return out;
    }

    public synchronized long position(String partition) {
        if (state.get() != SUBSCRIBED) {
            throw new IllegalStateException(describe(state.get()));
        }
        Long position = positions.get(partition);
        if (position == null) {
            throw new NoSuchElementException(partition + " is not assigned");
        }
        return position;
    }

    public synchronized void seek(String partition, long offset) {
        if (state.get() != SUBSCRIBED) {
            throw new IllegalStateException(describe(state.get()));
        }
        if (offset < 0 || !positions.containsKey(partition)) {
            throw new IllegalArgumentException("cannot seek " + partition + " to " + offset);
        }
        positions.put(partition, offset);
    }

    public synchronized void unsubscribe() {
        if (!state.compareAndSet(SUBSCRIBED, UNSUBSCRIBED)) {
            throw new IllegalStateException(describe(state.get()));
        }
        positions = null;
    }

    public synchronized void close() {
        state.set(CLOSED);
        positions = null;
    }

    public static void main(String[] args) {
        SF22Consumer consumer = new SF22Consumer(Map.of("p0", List.of("a", "b", "c"), "p1", List.of("x")));
        // Phase 1: unsubscribed.
        expect(IllegalStateException.class, () -> consumer.poll(10));
        expect(IllegalStateException.class, () -> consumer.position("p0"));
        expect(IllegalStateException.class, consumer::unsubscribe);
        expect(NoSuchElementException.class, () -> consumer.subscribe(List.of("p9")));
        expect(IllegalArgumentException.class, () -> consumer.subscribe(List.of()));
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): subscribed.
            consumer.subscribe(List.of("p0"));
            expect(IllegalStateException.class, () -> consumer.subscribe(List.of("p1")));
            check(consumer.poll(2).equals(List.of("a", "b")) && consumer.position("p0") == 2, "first poll");
            consumer.seek("p0", 0);
            check(consumer.poll(10).equals(List.of("a", "b", "c")), "after seek");
            expect(NoSuchElementException.class, () -> consumer.position("p1"));
            expect(IllegalArgumentException.class, () -> consumer.seek("p1", 0));
            // Phase 3: unsubscribed again (twice over the loop).
            consumer.unsubscribe();
            expect(IllegalStateException.class, () -> consumer.poll(1));
            expect(IllegalStateException.class, () -> consumer.seek("p0", 1));
            expect(IllegalStateException.class, consumer::unsubscribe);
        }
        consumer.subscribe(List.of("p0", "p1"));
        check(consumer.poll(10).size() == 4, "both partitions from offset 0");
        consumer.close();
        expect(IllegalStateException.class, () -> consumer.poll(1));
        expect(IllegalStateException.class, () -> consumer.subscribe(List.of("p0")));
        expect(IllegalStateException.class, () -> consumer.position("p0"));
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
