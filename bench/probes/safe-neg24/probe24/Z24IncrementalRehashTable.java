package probe24;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A key-value table that grows with Redis-style incremental rehashing: instead of moving
 * all entries at once, the old table is kept aside and every operation migrates a few
 * entries. The old table exists only while a rehash is in progress.
 */
public class Z24IncrementalRehashTable {

    private static final int STEP = 2;

    private HashMap<String, String> active = new HashMap<>();
    /** The previous table, drained a few entries per operation; null when no rehash is running. */
    private HashMap<String, String> draining;
    private int capacityHint = 4;
    private int migrated;

    private void step() {
        if (draining == null) {
            return;
        }
        Iterator<Map.Entry<String, String>> it = draining.entrySet().iterator();
        for (int i = 0; i < STEP && it.hasNext(); i++) {
            Map.Entry<String, String> e = it.next();
            active.putIfAbsent(e.getKey(), e.getValue());
            it.remove();
            migrated++;
        }
        if (draining.isEmpty()) {
            draining = null;
        }
    }

    public void put(String key, String value) {
        step();
        if (draining != null) {
            draining.remove(key);
        }
        active.put(key, value);
        if (draining == null && active.size() > capacityHint) {
            capacityHint *= 4;
            draining = active;
            active = new HashMap<>(capacityHint * 2);
        }
    }

    public String get(String key) {
        step();
        String value = active.get(key);
        if (value == null && draining != null) {
            value = draining.get(key);
        }
        return value;
    }

    public int size() {
        return active.size() + (draining == null ? 0 : draining.size());
    }

    public boolean isRehashing() {
        return draining != null;
    }

    public static void main(String[] args) {
        Z24IncrementalRehashTable table = new Z24IncrementalRehashTable();
        System.out.println(table.get("x") + " " + table.isRehashing());
        for (int i = 0; i < 30; i++) {
            table.put("k" + i, "v" + i);
            if (i % 7 == 0) {
                System.out.println(i + " rehashing=" + table.isRehashing() + " size=" + table.size());
            }
        }
        table.put("k3", "updated");
        System.out.println(table.get("k0") + " " + table.get("k3") + " " + table.get("k29") + " " + table.get("nope"));
        while (table.isRehashing()) {
            table.get("k1");
        }
        System.out.println(table.size() + " migrated=" + table.migrated + " " + table.get("k3"));
    }
}
