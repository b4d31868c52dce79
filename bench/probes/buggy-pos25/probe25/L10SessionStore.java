package probe25;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public class L10SessionStore implements Serializable {

    private static final long serialVersionUID = 3L;

    private final String node;
    private final HashMap<String, String> owners = new HashMap<>();
    private transient ConcurrentHashMap<String, Long> lastSeen = new ConcurrentHashMap<>();
    private transient ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    public L10SessionStore(String node) {
        this.node = node;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        locks = new ConcurrentHashMap<>();
    }

    public void open(String session, String owner, long now) {
        owners.put(session, owner);
        touch(session, now);
    }

    public void touch(String session, long now) {
        lastSeen.put(session, now);
    }

    public Object lockFor(String session) {
        return locks.computeIfAbsent(session, s -> new Object());
    }

    public long idle(String session, long now) {
        ConcurrentHashMap<String, Long> seen = lastSeen;
        if (seen == null) {
            return -1;
        }
        Long t = seen.get(session);
        return t == null ? -1 : now - t;
    }

    public int expireBefore(long cutoff) {
        int removed = 0;
        for (Map.Entry<String, Long> e : lastSeen.entrySet()) {
            if (e.getValue() < cutoff) {
                lastSeen.remove(e.getKey());
                owners.remove(e.getKey());
                removed++;
            }
        }
        return removed;
    }

    public String ownerOf(String session) {
        synchronized (lockFor(session)) {
            return owners.getOrDefault(session, "nobody");
        }
    }

    public int size() {
        return owners.size();
    }

    public String node() {
        return node;
    }

    static byte[] freeze(L10SessionStore store) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(store);
        }
        return bytes.toByteArray();
    }

    static L10SessionStore thaw(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (L10SessionStore) in.readObject();
        }
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L10SessionStore.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) throws Exception {
        L10SessionStore store = new L10SessionStore("node-a");
        store.open("s1", "ann", 100);
        store.open("s2", "bob", 120);
        store.touch("s1", 150);
        System.out.println(store.node() + " size=" + store.size() + " idle(s1)=" + store.idle("s1", 160)
                + " owner(s2)=" + store.ownerOf("s2"));
        System.out.println("expired=" + store.expireBefore(130) + " size=" + store.size());

        byte[] image = freeze(store);
        L10SessionStore restored = thaw(image);
        System.out.println(restored.node() + " size=" + restored.size() + " owner(s1)=" + restored.ownerOf("s1")
                + " idle(s1)=" + restored.idle("s1", 200));

        expectNpe(38, () -> restored.touch("s1", 210));
        expectNpe(56, () -> thaw(image).expireBefore(500));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
