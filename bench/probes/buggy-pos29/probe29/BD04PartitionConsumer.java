package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A Kafka-style consumer that tracks positions and commits offsets asynchronously. */
public class BD04PartitionConsumer {

    record TopicPartition(String topic, int partition) {
    }

    record ConsumerRecord(TopicPartition tp, long offset, String value) {
    }

    interface Committer {
        void send(Map<TopicPartition, Long> batch, Runnable onComplete);
    }

    private final Committer committer;
    private final Map<TopicPartition, Long> committed = new ConcurrentHashMap<>();
    private final List<String> processed = new CopyOnWriteArrayList<>();
    private volatile Map<TopicPartition, Long> pendingCommits = new HashMap<>();
    private volatile Map<String, Boolean> pausedTopics = new HashMap<>();

    BD04PartitionConsumer(Committer committer) {
        this.committer = committer;
    }

    public void setPausedTopics(Map<String, Boolean> paused) {
        this.pausedTopics = paused;
    }

    public void pause(String topic) {
        if (pausedTopics == null) {
            setPausedTopics(new HashMap<>());
        }
        pausedTopics.put(topic, Boolean.TRUE);
    }

    public void resumeAll() {
        setPausedTopics(null);
    }

    public int pausedCount() {
        Map<String, Boolean> snapshot = pausedTopics;
        return snapshot == null ? 0 : snapshot.size();
    }

    boolean isPaused(String topic) {
        return pausedTopics.containsKey(topic);
    }

    public int poll(List<ConsumerRecord> records) {
        int n = 0;
        for (ConsumerRecord r : records) {
            if (isPaused(r.tp().topic())) {
                continue;
            }
            processed.add(r.value());
            pendingCommits.merge(r.tp(), r.offset() + 1, Math::max);
            n++;
        }
        return n;
    }

    /** Hands the pending offsets to the committer; a fresh map is installed once the commit completes. */
    public void commitAsync() {
        Map<TopicPartition, Long> batch = pendingCommits;
        pendingCommits = null;
        committer.send(batch, () -> {
            committed.putAll(batch);
            pendingCommits = new HashMap<>();
        });
    }

    public long committedOffset(TopicPartition tp) {
        return committed.getOrDefault(tp, -1L);
    }

    public static void main(String[] args) throws Exception {
        TopicPartition orders = new TopicPartition("orders", 0);
        TopicPartition audit = new TopicPartition("audit", 0);
        List<ConsumerRecord> records = List.of(new ConsumerRecord(orders, 10, "o-10"),
                new ConsumerRecord(orders, 11, "o-11"), new ConsumerRecord(audit, 3, "a-3"));
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "consumer-worker");
            t.setDaemon(true);
            return t;
        });
        BD04PartitionConsumer consumer = new BD04PartitionConsumer((batch, done) -> done.run());
        consumer.pause("audit");
        System.out.println("polled " + consumer.poll(records) + ", paused " + consumer.pausedCount());
        consumer.commitAsync();
        System.out.println("committed orders at " + consumer.committedOffset(orders));
        consumer.resumeAll();
        System.out.println("paused after resume: " + consumer.pausedCount());
        consumer.pause("orders");
        System.out.println("worker polled " + pool.submit(() -> consumer.poll(records)).get() + " " + consumer.processed);

        List<Runnable> inflight = new ArrayList<>();
        BD04PartitionConsumer deferred = new BD04PartitionConsumer((batch, done) -> inflight.add(done));
        try {
            deferred.poll(records);
            deferred.commitAsync();
            deferred.poll(records);
            noNpe("poll while a commit is in flight");
        } catch (NullPointerException e) {
            expect(e, 67);
        }
        BD04PartitionConsumer resumed = new BD04PartitionConsumer((batch, done) -> done.run());
        resumed.pause("audit");
        resumed.resumeAll();
        try {
            pool.submit(() -> resumed.poll(records)).get();
            noNpe("poll after resumeAll");
        } catch (NullPointerException e) {
            expect(e, 57);
        } catch (ExecutionException e) {
            expect(e.getCause(), 57);
        } finally {
            pool.shutdown();
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD04PartitionConsumer.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
