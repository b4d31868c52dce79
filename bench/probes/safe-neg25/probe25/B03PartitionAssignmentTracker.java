package probe25;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Kafka-consumer style bookkeeping of fetch positions. Positions only exist
 * between a rebalance assigning partitions and the next revocation.
 */
public class B03PartitionAssignmentTracker {
    public record TopicPartition(String topic, int partition) {
        static final Comparator<TopicPartition> ORDER =
                Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

        @Override
        public String toString() {
            return topic + "-" + partition;
        }
    }

    private final String groupId;
    private Map<TopicPartition, Long> positions;     // null while nothing is assigned
    private Map<TopicPartition, Long> lastCommitted; // created on the first commit
    private int generation = -1;
    private long rebalances;

    public B03PartitionAssignmentTracker(String groupId) {
        this.groupId = groupId;
    }

    public void onPartitionsAssigned(Collection<TopicPartition> partitions, int newGeneration) {
        generation = newGeneration;
        rebalances++;
        if (partitions.isEmpty()) {
            positions = null;
            return;
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        for (TopicPartition tp : partitions) {
            next.put(tp, lastCommitted == null ? 0L : lastCommitted.getOrDefault(tp, 0L));
        }
        positions = next;
    }

    public int onPartitionsRevoked() {
        int committed = commitSync();
        positions = null;
        return committed;
    }

    public boolean isAssigned(TopicPartition tp) {
        return positions != null && positions.containsKey(tp);
    }

    public void advance(TopicPartition tp, int records) {
        if (positions == null) {
            return;
        }
        positions.computeIfPresent(tp, (k, v) -> v + records);
    }

    public Map<TopicPartition, Long> committableOffsets() {
        if (positions == null) {
            return Collections.emptyMap();
        }
        Map<TopicPartition, Long> result = new TreeMap<>(TopicPartition.ORDER);
        for (Map.Entry<TopicPartition, Long> e : positions.entrySet()) {
            if (lastCommitted == null || !Objects.equals(lastCommitted.get(e.getKey()), e.getValue())) {
                result.put(e.getKey(), e.getValue());
            }
        }
        return result;
    }

    public int commitSync() {
        Map<TopicPartition, Long> offsets = committableOffsets();
        if (offsets.isEmpty()) {
            return 0;
        }
        if (lastCommitted == null) {
            lastCommitted = new HashMap<>();
        }
        lastCommitted.putAll(offsets);
        return offsets.size();
    }

    public long committed(TopicPartition tp) {
        Long c = lastCommitted != null ? lastCommitted.get(tp) : null;
        return c == null ? -1L : c;
    }

    public String describe() {
        return groupId + " gen=" + generation + " rebalances=" + rebalances
                + " assigned=" + (positions == null ? 0 : positions.size());
    }

    public static void main(String[] args) {
        B03PartitionAssignmentTracker t = new B03PartitionAssignmentTracker("billing");
        TopicPartition p0 = new TopicPartition("orders", 0);
        TopicPartition p1 = new TopicPartition("orders", 1);
        t.advance(p0, 5);
        System.out.println(t.isAssigned(p0) + " " + t.committableOffsets() + " " + t.commitSync()
                + " " + t.committed(p0) + " " + t.describe());
        t.onPartitionsAssigned(List.of(p0, p1), 1);
        t.advance(p0, 10);
        t.advance(p1, 3);
        System.out.println(t.committableOffsets() + " " + t.commitSync() + " " + t.committableOffsets());
        t.advance(p1, 2);
        System.out.println("revoked, committed " + t.onPartitionsRevoked() + " " + t.describe());
        t.onPartitionsAssigned(List.of(), 2);
        System.out.println(t.isAssigned(p1) + " " + t.onPartitionsRevoked());
        t.onPartitionsAssigned(List.of(p1), 3);
        System.out.println(t.committableOffsets() + " " + t.committed(p1) + " " + t.describe());
    }
}
