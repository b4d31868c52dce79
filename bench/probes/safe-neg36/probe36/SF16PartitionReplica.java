package probe36;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * One replica of a partition of a replicated log (Kafka-like). Only the leader keeps the in-memory
 * append log; the leader broker id is assigned and cleared in the same statements as the log,
 * and every access tests the broker id.
 */
public final class SF16PartitionReplica {
    private final String partition;
    private String leaderBroker;      // non-null exactly while this replica leads
    private TreeMap<Long, String> log; // offset -> message; assigned together with leaderBroker
    private long nextOffset;

    public SF16PartitionReplica(String partition) {
        this.partition = partition;
    }

    public void becomeLeader(String brokerId) {
        if (brokerId.isBlank()) {
            throw new IllegalArgumentException("broker id required");
        }
        if (leaderBroker != null) {
            throw new IllegalStateException(partition + " already led by " + leaderBroker);
        }
        leaderBroker = brokerId;
        log = new TreeMap<>();
    }

    public void resign() {
        if (leaderBroker == null) {
            throw new IllegalStateException(partition + " has no leader to resign");
        }
        log = null;
        leaderBroker = null;
    }

    public long append(String message) {
        if (leaderBroker == null) {
            throw new IllegalStateException("not the leader for " + partition);
        }
        long offset = nextOffset++;
        log.put(offset, message);
        return offset;
    }

    public String read(long offset) {
        if (leaderBroker == null) {
            throw new IllegalStateException("not the leader for " + partition);
        }
        String message = log.get(offset);
        if (message == null) {
            throw new NoSuchElementException("offset " + offset + " is not in memory");
        }
        return message;
    }

    public List<String> readFrom(long offset) {
        if (leaderBroker == null) {
            return List.of();
        }
        return new ArrayList<>(log.tailMap(offset, true).values());
    }

    public int retained() {
        return leaderBroker == null ? 0 : log.size();
    }

    public String leader() {
        return leaderBroker;
    }

    public static void main(String[] args) {
        SF16PartitionReplica replica = new SF16PartitionReplica("orders-0");
        // Phase 1: follower.
        expect(IllegalStateException.class, () -> replica.append("m0"));
        expect(IllegalStateException.class, () -> replica.read(0));
        expect(IllegalStateException.class, replica::resign);
        check(replica.readFrom(0).isEmpty() && replica.retained() == 0 && replica.leader() == null, "follower is inert");
        expect(IllegalArgumentException.class, () -> replica.becomeLeader(" "));
        for (int term = 0; term < 2; term++) {
            // Phase 2 (Phase 4 on the second pass): leader.
            replica.becomeLeader("broker-" + term);
            expect(IllegalStateException.class, () -> replica.becomeLeader("broker-x"));
            long first = replica.append("created");
            replica.append("paid");
            replica.append("shipped");
            check(replica.read(first + 1).equals("paid"), "read back");
            check(replica.readFrom(first + 1).equals(List.of("paid", "shipped")), "tail read");
            expect(NoSuchElementException.class, () -> replica.read(first + 10));
            check(replica.retained() == 3, "three retained");
            // Phase 3: resigned (twice over the loop).
            replica.resign();
            check(replica.leader() == null && replica.retained() == 0, "no leader");
            check(replica.readFrom(0).isEmpty(), "nothing readable after resign");
            expect(IllegalStateException.class, () -> replica.append("late"));
            expect(IllegalStateException.class, () -> replica.read(first));
        }
        replica.becomeLeader("broker-9");
        check(replica.append("again") == 6, "offsets continue across terms");
        check(replica.retained() == 1, "new log holds one message");
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
