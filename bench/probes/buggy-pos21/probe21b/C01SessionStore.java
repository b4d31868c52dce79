package probe21b;

import java.util.HashMap;
import java.util.Map;

/**
 * Session attribute stores of the web tier. The base store owns the attribute map; the
 * clustered store adds replication bookkeeping on top of the inherited life cycle.
 */
public class C01SessionStore {

    private static final String FILE = "C01SessionStore.java";

    /** Attributes of the current session; present between start and close. */
    protected Map<String, String> attributes;

    /** Starts the session; always leaves {@link #attributes} allocated. */
    protected void start() {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
    }

    /** Starts the session; read-only observers share the primary's attributes and get none. */
    protected void startAs(boolean readOnly) {
        if (!readOnly) {
            attributes = new HashMap<>();
        }
    }

    /** Releases the attributes. */
    protected void close() {
        attributes = null;
    }

    /** Store that replicates its attributes to the other cluster nodes. */
    static final class ClusteredStore extends C01SessionStore {
        private int replicated;

        void join(String node) {
            super.start();
            attributes.put("node", node);
        }

        void observe(String node, boolean readOnly) {
            super.startAs(readOnly);
            attributes.put("observer", node); // BUG
        }

        /** Restarts the session on another node; the replication count survives. */
        void rejoin(String node) {
            close();
            super.start();
            attributes.put("node", node);
        }

        /** Hands the session over to a standby node and leaves a forwarding marker. */
        void failover(String node) {
            super.start();
            drain();
            attributes.put("forward", node); // BUG
        }

        private void drain() {
            replicated += attributes.size();
            super.close();
        }

        @Override
        protected void close() {
            if (attributes != null) {
                replicated += attributes.size();
            }
            super.close();
        }

        int replicated() {
            return replicated;
        }
    }

    public static void main(String[] args) {
        ClusteredStore store = new ClusteredStore();
        store.join("n1");
        store.observe("n2", false);
        store.observe("n2", true);
        store.rejoin("n3");
        store.close();
        store.close();
        System.out.println("safe: replicated " + store.replicated());

        prove(FILE, 47, () -> new ClusteredStore().observe("n4", true));
        prove(FILE, 61, () -> new ClusteredStore().failover("n5"));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
