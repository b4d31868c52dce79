package probe34;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Message-broker client; partition metadata is fetched at connect and guarded by isConnected(). */
public class SD22ClusterClient {
    private static final int PARTITIONS = 6;

    private String sessionId;                     // non-null while connected
    private Map<String, Integer> partitionLeaders; // fetched together with the session
    private List<String> brokers = List.of();
    private int sessions;
    private final List<String> sent = new ArrayList<>();

    public boolean isConnected() {
        return sessionId != null;
    }

    public void connect(List<String> brokerList) {
        if (brokerList.isEmpty()) {
            throw new IllegalArgumentException("at least one broker required");
        }
        if (isConnected()) {
            throw new IllegalStateException("already connected as " + sessionId);
        }
        Map<String, Integer> leaders = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            leaders.put("orders-" + p, p % brokerList.size());
        }
        brokers = List.copyOf(brokerList);
        partitionLeaders = leaders;
        sessionId = "session-" + (++sessions);
    }

    public String leaderFor(String partition) {
        if (!isConnected()) {
            throw new IllegalStateException("not connected");
        }
        Integer leader = partitionLeaders.get(partition);
        if (leader == null) {
            throw new NoSuchElementException("unknown partition " + partition);
        }
        return brokers.get(leader);
    }

    public boolean send(String partition, String message) {
        if (!isConnected()) {
            return false; // caller buffers and retries later
        }
        sent.add(leaderFor(partition) + ":" + message);
        return true;
    }

    public String describe() {
        return isConnected() ? sessionId + " with " + partitionLeaders.size() + " partitions" : "disconnected";
    }

    public List<String> sentLog() {
        return List.copyOf(sent);
    }

    public void disconnect() {
        sessionId = null;
        partitionLeaders = null;
    }

    private static void exerciseDisconnected(SD22ClusterClient c, int sentCount) {
        check(!c.isConnected(), "disconnected");
        expect(IllegalStateException.class, () -> c.leaderFor("orders-0"));
        check(!c.send("orders-0", "m"), "send while disconnected");
        check("disconnected".equals(c.describe()), "describe");
        check(c.sentLog().size() == sentCount, "sent log");
        expect(IllegalArgumentException.class, () -> c.connect(List.of()));
        c.disconnect();
    }

    public static void main(String[] args) {
        SD22ClusterClient client = new SD22ClusterClient();
        exerciseDisconnected(client, 0);

        client.connect(List.of("b1:9092", "b2:9092"));
        expect(IllegalStateException.class, () -> client.connect(List.of("b3:9092")));
        check(client.isConnected(), "connected");
        check("b2:9092".equals(client.leaderFor("orders-3")), "leader");
        expect(NoSuchElementException.class, () -> client.leaderFor("payments-0"));
        check(client.send("orders-0", "hello"), "send");
        expect(NoSuchElementException.class, () -> client.send("payments-1", "x"));
        check("session-1 with 6 partitions".equals(client.describe()), client.describe());
        check(client.sentLog().equals(List.of("b1:9092:hello")), "sent log");

        client.disconnect();
        exerciseDisconnected(client, 1);
        client.disconnect();
        exerciseDisconnected(client, 1);

        client.connect(List.of("c1:9092"));
        check("c1:9092".equals(client.leaderFor("orders-5")), "reconnected leader");
        check(client.send("orders-2", "again") && client.sentLog().size() == 2, "reconnected send");
        check(client.describe().startsWith("session-2") && client.isConnected(), "reconnected describe");
        client.disconnect();
        exerciseDisconnected(client, 2);
        System.out.println("SD22ClusterClient ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
