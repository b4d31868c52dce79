package probe27;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stream-consumer offset tracker: partition assignment from rebalance callbacks, pending vs
 * committed offsets, async commits and per-topic lag (modelled on Kafka consumer internals).
 */
public class BA20OffsetTracker {
    record TopicPartition(String topic, int partition) {
    }

    private final Map<String, Map<Integer, Long>> lagByTopic = new HashMap<>();
    private final Map<TopicPartition, Long> pending = new HashMap<>();
    private Map<TopicPartition, Long> committed;

    /** Rebalance callback: partitions handed to this consumer. */
    public synchronized void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        committed = new HashMap<>();
        for (TopicPartition tp : partitions) {
            committed.put(tp, 0L);
            lagByTopic.computeIfAbsent(tp.topic(), t -> new HashMap<>());
        }
    }

    public synchronized boolean isAssigned(TopicPartition tp) {
        return committed != null && committed.containsKey(tp);
    }

    public synchronized long position(TopicPartition tp) {
        return committed.getOrDefault(tp, -1L);
    }

    public synchronized void processed(TopicPartition tp, long offset) {
        pending.merge(tp, offset + 1, Math::max);
    }

    public synchronized Map<TopicPartition, Long> commitSync() {
        Map<TopicPartition, Long> batch = new HashMap<>(pending);
        if (committed != null) {
            batch.forEach((tp, off) -> committed.merge(tp, off, Math::max));
        }
        pending.clear();
        return batch;
    }

    public CompletableFuture<Integer> commitAsync(ExecutorService io) {
        Map<TopicPartition, Long> batch;
        synchronized (this) {
            batch = new HashMap<>(pending);
            pending.clear();
        }
        return CompletableFuture.supplyAsync(() -> applyCommit(batch), io);
    }

    private synchronized int applyCommit(Map<TopicPartition, Long> batch) {
        for (Map.Entry<TopicPartition, Long> e : batch.entrySet()) {
            committed.merge(e.getKey(), e.getValue(), Math::max);
        }
        return batch.size();
    }

    public synchronized void updateLag(TopicPartition tp, long endOffset) {
        long lag = endOffset - position(tp);
        lagByTopic.get(tp.topic()).put(tp.partition(), lag);
    }

    public synchronized long lag(String topic, int partition) {
        return lagByTopic.getOrDefault(topic, Map.of()).getOrDefault(partition, 0L);
    }

    /** Rebalance callback: partitions taken away; offsets are flushed first. */
    public synchronized void onPartitionsRevoked() {
        commitSync();
        committed = null;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService io = Executors.newSingleThreadExecutor();
        TopicPartition orders0 = new TopicPartition("orders", 0);
        TopicPartition orders1 = new TopicPartition("orders", 1);
        BA20OffsetTracker tracker = new BA20OffsetTracker();
        System.out.println("assigned before rebalance: " + tracker.isAssigned(orders0));
        tracker.onPartitionsAssigned(List.of(orders0, orders1));
        tracker.processed(orders0, 41);
        System.out.println("committed " + tracker.commitSync() + ", position " + tracker.position(orders0));
        tracker.processed(orders1, 9);
        System.out.println("async committed " + tracker.commitAsync(io).get() + " partitions, position " + tracker.position(orders1));
        tracker.updateLag(orders0, 50);
        System.out.println("lag orders-0 " + tracker.lag("orders", 0) + ", unknown " + tracker.lag("payments", 3));
        tracker.processed(orders0, 44);
        tracker.onPartitionsRevoked();
        tracker.processed(orders0, 45);
        System.out.println("after revoke assigned=" + tracker.isAssigned(orders0) + " sync=" + tracker.commitSync());

        expectNpe(41, () -> tracker.position(orders0));
        tracker.processed(orders1, 12);
        expectAsyncNpe(68, tracker.commitAsync(io));
        BA20OffsetTracker other = new BA20OffsetTracker();
        other.onPartitionsAssigned(List.of(orders0));
        expectNpe(75, () -> other.updateLag(new TopicPartition("payments", 2), 10));
        io.shutdown();
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA20OffsetTracker.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void expectAsyncNpe(int line, Future<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                verify(line, npe);
            } else {
                System.out.println("WRONG " + FILE + ":" + line + " cause " + e.getCause());
                failed++;
            }
        } catch (InterruptedException | TimeoutException e) {
            System.out.println("FAILED " + FILE + ":" + line + " " + e);
            failed++;
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
