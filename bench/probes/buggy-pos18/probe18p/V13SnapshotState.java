package probe18p;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flink/Akka-style operator state snapshot with a hand-written wire format. */
public class V13SnapshotState implements Externalizable {

    private static final long serialVersionUID = 3L;

    private String operatorId;
    private LinkedHashMap<String, Long> counters;
    private Map<String, String> metadata;

    /** Required by Externalizable. */
    public V13SnapshotState() {
    }

    public V13SnapshotState(String operatorId) {
        this.operatorId = operatorId;
        this.counters = new LinkedHashMap<>();
        this.metadata = new LinkedHashMap<>();
        metadata.put("createdBy", "checkpoint-coordinator");
    }

    public void increment(String key, long delta) {
        counters.merge(key, delta, Long::sum);
    }

    public void tag(String key, String value) {
        metadata.put(key, value); // BUG
    }

    public String meta(String key) {
        return metadata.get(key); // BUG
    }

    public long counter(String key) {
        return counters.getOrDefault(key, 0L);
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        out.writeUTF(operatorId);
        out.writeInt(counters.size());
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        operatorId = in.readUTF();
        int n = in.readInt();
        counters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            counters.put(in.readUTF(), in.readLong());
        }
    }

    static V13SnapshotState roundTrip(V13SnapshotState s) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (V13SnapshotState) in.readObject();
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V13SnapshotState.java:" + line;
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
        if (top != null && "V13SnapshotState.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) throws Exception {
        V13SnapshotState s = new V13SnapshotState("window-agg-1");
        s.increment("records", 42);
        s.tag("checkpoint", "17");
        V13SnapshotState restored = roundTrip(s);
        System.out.println(s.meta("checkpoint") + " restored records=" + restored.counter("records"));

        prove(39, () -> roundTrip(s).tag("restoredFrom", "chk-17"));
        prove(43, () -> System.out.println(roundTrip(s).meta("createdBy")));
    }
}
