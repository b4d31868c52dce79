package probe38;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lease table of a small DHCP-style address allocator.
 *
 * <p>The lease map only exists while the allocator is serving. Every method
 * that touches it wraps the access in an explicit {@code if (leases != null)}.
 * Single-threaded: an instance must be confined to one thread.
 */
public final class SH01LeaseTable {

    private static final int FIRST_HOST = 10;
    private static final int LAST_HOST = 250;

    private final String subnet;
    private Map<String, Integer> leases; // MAC -> host octet; null while not serving
    private int nextHost = FIRST_HOST;

    public SH01LeaseTable(String subnet) {
        if (subnet == null || subnet.isEmpty()) {
            throw new IllegalArgumentException("subnet");
        }
        this.subnet = subnet;
    }

    public void startServing() {
        if (leases == null) {
            leases = new HashMap<>();
            nextHost = FIRST_HOST;
        }
    }

    public void stopServing() {
        leases = null;
    }

    public boolean isServing() {
        return leases != null;
    }

    /** Returns the leased address, or null when not serving or the pool is exhausted. */
    public String lease(String mac) {
        if (mac == null || mac.isEmpty()) {
            throw new IllegalArgumentException("mac");
        }
        if (leases != null) {
            Integer existing = leases.get(mac);
            if (existing != null) {
                return subnet + "." + existing;
            }
            if (nextHost > LAST_HOST) {
                return null;
            }
            int host = nextHost++;
            leases.put(mac, host);
            return subnet + "." + host;
        }
        return null;
    }

    public boolean release(String mac) {
        if (leases != null) {
            return leases.remove(mac) != null;
        }
        return false;
    }

    public int activeLeases() {
        int count = 0;
        if (leases != null) {
            count = leases.size();
        }
        return count;
    }

    public List<String> holders() {
        List<String> out = new ArrayList<>();
        if (leases != null) {
            for (Map.Entry<String, Integer> e : leases.entrySet()) {
                out.add(e.getKey() + "=" + subnet + "." + e.getValue());
            }
        }
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) {
        SH01LeaseTable table = new SH01LeaseTable("10.0.0");
        // phase 1: before the map exists
        check(!table.isServing(), "not serving yet");
        check(table.lease("aa") == null, "no lease before start");
        check(!table.release("aa"), "nothing to release");
        check(table.activeLeases() == 0 && table.holders().isEmpty(), "empty before start");
        expect(IllegalArgumentException.class, () -> table.lease(null));
        // phase 2: while it exists
        table.startServing();
        check("10.0.0.10".equals(table.lease("aa")), "first lease");
        check("10.0.0.11".equals(table.lease("bb")), "second lease");
        check("10.0.0.10".equals(table.lease("aa")), "sticky lease");
        check(table.activeLeases() == 2, "two leases");
        check(table.release("bb") && !table.release("bb"), "release once");
        check(table.holders().equals(List.of("aa=10.0.0.10")), "holders " + table.holders());
        // phase 3: after it is dropped (twice)
        table.stopServing();
        table.stopServing();
        check(table.lease("cc") == null, "no lease after stop");
        check(!table.release("aa") && table.activeLeases() == 0, "empty after stop");
        check(table.holders().isEmpty(), "no holders after stop");
        // phase 4: created again
        table.startServing();
        check("10.0.0.10".equals(table.lease("cc")), "numbering restarts");
        check(table.activeLeases() == 1, "one lease after restart");
        System.out.println("SH01LeaseTable OK " + table.holders());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
