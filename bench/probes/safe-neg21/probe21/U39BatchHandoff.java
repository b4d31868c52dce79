package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Producer/consumer hand-off of aggregated counter batches. take() uses a guarded wait,
 * {@code while (batch == null) wait();}, so it only proceeds past the loop while holding the
 * monitor with a non-null batch; the one early exit from the loop is a return after close().
 */
public final class U39BatchHandoff {

    private Map<String, Integer> batch;
    private boolean closed;
    private int handedOff;

    public synchronized void offer(String key, int delta) {
        if (closed) {
            throw new IllegalStateException("hand-off is closed");
        }
        if (batch == null) {
            batch = new HashMap<>();
            notifyAll();
        }
        batch.merge(key, delta, Integer::sum);
    }

    /** Blocks until a batch is available; returns an empty map once closed and drained. */
    public synchronized Map<String, Integer> take() throws InterruptedException {
        while (batch == null) {
            if (closed) {
                return Map.of();
            }
            wait();
        }
        Map<String, Integer> out = new TreeMap<>(batch);
        handedOff += batch.size();
        batch = null;
        return out;
    }

    public synchronized int pendingKeys() {
        return batch == null ? 0 : batch.size();
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized int handedOff() {
        return handedOff;
    }

    public static void main(String[] args) throws InterruptedException {
        U39BatchHandoff handoff = new U39BatchHandoff();
        System.out.println(handoff.pendingKeys());
        Map<String, Integer> totals = new TreeMap<>();
        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    Map<String, Integer> b = handoff.take();
                    if (b.isEmpty()) {
                        return;
                    }
                    b.forEach((k, v) -> {
                        synchronized (totals) {
                            totals.merge(k, v, Integer::sum);
                        }
                    });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        for (int i = 0; i < 300; i++) {
            handoff.offer(i % 2 == 0 ? "even" : "odd", 1);
        }
        handoff.close();
        consumer.join();
        synchronized (totals) {
            System.out.println(totals + " pending=" + handoff.pendingKeys() + " closedTake=" + handoff.take());
        }
    }
}
