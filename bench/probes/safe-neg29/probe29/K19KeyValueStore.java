package probe29;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** In-memory key/value store with single-level transactions. */
public class K19KeyValueStore {

    private static final String TOMBSTONE = "#deleted#";

    private final TreeMap<String, String> data = new TreeMap<>();
    private LinkedHashMap<String, String> pending;
    private boolean inTransaction;
    private int commits;

    public void begin() {
        if (inTransaction) {
            throw new IllegalStateException("nested transactions are not supported");
        }
        pending = new LinkedHashMap<>();
        inTransaction = true;
    }

    public void put(String key, String value) {
        if (inTransaction) {
            pending.put(key, value);
        } else {
            data.put(key, value);
        }
    }

    public void delete(String key) {
        if (inTransaction) {
            pending.put(key, TOMBSTONE);
        } else {
            data.remove(key);
        }
    }

    public String get(String key) {
        if (inTransaction && pending.containsKey(key)) {
            String v = pending.get(key);
            return TOMBSTONE.equals(v) ? null : v;
        }
        return data.get(key);
    }

    public int commit() {
        if (!inTransaction) {
            throw new IllegalStateException("no transaction");
        }
        try {
            for (Map.Entry<String, String> e : pending.entrySet()) {
                if (TOMBSTONE.equals(e.getValue())) {
                    data.remove(e.getKey());
                } else {
                    data.put(e.getKey(), e.getValue());
                }
            }
            commits++;
            return pending.size();
        } finally {
            pending = null;
            inTransaction = false;
        }
    }

    public void rollback() {
        inTransaction = false;
        pending = null;
    }

    /** Runs {@code body} atomically: committed if it completes, rolled back otherwise. */
    public void atomically(Runnable body) {
        begin();
        boolean ok = false;
        try {
            body.run();
            ok = true;
        } finally {
            if (ok) {
                commit();
            } else {
                rollback();
            }
        }
    }

    public String dump() {
        return data + (inTransaction ? " pending=" + pending : "") + " commits=" + commits;
    }

    public static void main(String[] args) {
        K19KeyValueStore kv = new K19KeyValueStore();
        kv.put("a", "1");
        kv.delete("zz");
        System.out.println(kv.get("a") + " " + kv.dump());
        try {
            kv.commit();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        kv.rollback();
        kv.begin();
        try {
            kv.begin();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        kv.put("b", "2");
        kv.delete("a");
        System.out.println("in tx: a=" + kv.get("a") + " b=" + kv.get("b") + " " + kv.dump());
        System.out.println("committed " + kv.commit() + " -> " + kv.dump());
        kv.begin();
        kv.put("c", "3");
        kv.rollback();
        System.out.println("rolled back c=" + kv.get("c") + " " + kv.dump());
        kv.atomically(() -> {
            kv.put("d", "4");
            kv.put("b", "22");
        });
        try {
            kv.atomically(() -> {
                kv.put("e", "5");
                throw new IllegalArgumentException("validation failed");
            });
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println("final e=" + kv.get("e") + " " + kv.dump());
    }
}
