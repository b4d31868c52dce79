package probe33;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bulk importer like a JDBC batch writer or Elasticsearch's BulkProcessor. import()
 * creates a staging map and records the importing thread; the data source calls back
 * into stage() while the import runs; a finally block clears both fields whether the
 * import succeeds or throws. stage() is guarded by the owner-thread check, not by the map.
 */
public class SC31BatchImporter {

    /** A data source that pushes rows into the importer. */
    public interface Source {
        void feed(SC31BatchImporter importer);
    }

    private final Map<String, Integer> table = new TreeMap<>();
    private Map<String, Integer> staging;
    private Thread owner;

    public int importFrom(Source source) {
        if (owner != null) {
            throw new IllegalStateException("import already in progress");
        }
        staging = new LinkedHashMap<>();
        owner = Thread.currentThread();
        try {
            source.feed(this);
            table.putAll(staging);          // commit
            return staging.size();
        } finally {
            owner = null;
            staging = null;                 // rollback / release in every case
        }
    }

    public void stage(String key, int value) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("stage() outside of an import");
        }
        if (key.isBlank()) {
            throw new IllegalArgumentException("blank key");
        }
        staging.merge(key, value, Integer::sum);
    }

    public boolean isImporting() {
        return owner != null;
    }

    public Map<String, Integer> table() {
        return Map.copyOf(table);
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void idlePhase(SC31BatchImporter imp) {
        check(!imp.isImporting(), "idle");
        try {
            imp.stage("k", 1);
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SC31BatchImporter imp = new SC31BatchImporter();
        idlePhase(imp);

        int n = imp.importFrom(i -> {
            check(i.isImporting(), "importing");
            i.stage("apples", 3);
            i.stage("pears", 2);
            i.stage("apples", 1);
            try {
                i.importFrom(j -> { });
                throw new AssertionError("expected ISE for nested import");
            } catch (IllegalStateException expected) {
                // ok, and the outer import is undisturbed
            }
            Thread other = new Thread(() -> {
                try {
                    i.stage("intruder", 1);
                    throw new AssertionError("other thread must be rejected");
                } catch (IllegalStateException expected) {
                    // ok
                }
            });
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        check(n == 2 && imp.table().equals(Map.of("apples", 4, "pears", 2)), "committed " + imp.table());
        idlePhase(imp);

        try {
            imp.importFrom(i -> {
                i.stage("plums", 5);
                i.stage(" ", 1);          // throws IAE half-way: nothing is committed
            });
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        idlePhase(imp);
        check(!imp.table().containsKey("plums"), "rolled back");
        idlePhase(imp);

        check(imp.importFrom(i -> i.stage("kiwis", 7)) == 1, "second import");
        check(imp.table().get("kiwis") == 7 && imp.table().size() == 3, "final table");
        idlePhase(imp);
        System.out.println("SC31 ok " + imp.table());
    }
}
