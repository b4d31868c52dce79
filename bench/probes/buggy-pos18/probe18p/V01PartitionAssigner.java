package probe18p;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** Kafka-style consumer-side partition bookkeeping, configured from client properties. */
public class V01PartitionAssigner {

    private static final Logger LOG = Logger.getLogger(V01PartitionAssigner.class.getName());

    private final String clientId;
    private String groupId;
    private ConcurrentHashMap<String, List<Integer>> assignments;
    private final Map<String, Long> committedOffsets;

    public V01PartitionAssigner(Properties props) {
        this(props, new ConcurrentHashMap<>());
    }

    public V01PartitionAssigner(Properties props, Map<String, Long> committedOffsets) {
        this.clientId = props.getProperty("client.id", "consumer-1");
        this.committedOffsets = committedOffsets;
        String group = props.getProperty("group.id");
        if (group == null || group.isBlank()) {
            LOG.fine(() -> clientId + ": no group.id, running in standalone mode");
            return;
        }
        this.groupId = group;
        this.assignments = new ConcurrentHashMap<>();
    }

    public void assign(String topic, int partition) {
        assignments.computeIfAbsent(topic, t -> new ArrayList<>()).add(partition); // BUG
    }

    public boolean isAssigned(String topic, int partition) {
        if (assignments == null) {
            return false;
        }
        List<Integer> parts = assignments.get(topic);
        return parts != null && parts.contains(partition);
    }

    public List<String> revokeAll() {
        List<String> revoked = new ArrayList<>();
        for (String topic : assignments.keySet()) { // BUG
            revoked.add(topic);
        }
        assignments.clear();
        return revoked;
    }

    public long position(String topic, int partition) {
        return committedOffsets.getOrDefault(topic + "-" + partition, 0L); // BUG
    }

    public String describe() {
        return clientId + "@" + (groupId == null ? "standalone" : groupId);
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V01PartitionAssigner.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V01PartitionAssigner.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Properties grouped = new Properties();
        grouped.setProperty("group.id", "billing");
        V01PartitionAssigner ok = new V01PartitionAssigner(grouped);
        ok.assign("invoices", 0);
        System.out.println(ok.describe() + " assigned=" + ok.isAssigned("invoices", 0)
                + " revoked=" + ok.revokeAll() + " pos=" + ok.position("invoices", 0));

        Properties standalone = new Properties();
        standalone.setProperty("client.id", "replay-tool");
        System.out.println(new V01PartitionAssigner(standalone).isAssigned("invoices", 0));

        prove(37, () -> new V01PartitionAssigner(standalone).assign("invoices", 3));
        prove(50, () -> new V01PartitionAssigner(standalone).revokeAll());
        prove(58, () -> {
            // offsets are restored later by the rebalance listener
            V01PartitionAssigner a = new V01PartitionAssigner(grouped, null);
            a.assign("invoices", 1);
            a.position("invoices", 1);
        });
    }
}
