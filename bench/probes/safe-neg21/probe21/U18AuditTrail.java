package probe21;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Audit trail whose two indexes are not initialised at their declarations but in an instance
 * initializer block, which Java runs at the start of every constructor (after super()). The
 * three constructors do not chain to each other and none of them assigns the maps.
 */
public final class U18AuditTrail {

    private final String system;
    private Map<String, List<String>> byActor;
    private NavigableMap<Long, String> byTime;
    private long clock;

    {
        byActor = new HashMap<>();
        byTime = new TreeMap<>();
    }

    public U18AuditTrail() {
        system = "default";
    }

    public U18AuditTrail(String system) {
        this.system = system;
    }

    public U18AuditTrail(String system, long startClock) {
        this.system = system;
        this.clock = startClock;
    }

    public long record(String actor, String action) {
        long at = ++clock;
        byActor.computeIfAbsent(actor, a -> new ArrayList<>()).add(action);
        byTime.put(at, actor + ":" + action);
        return at;
    }

    public List<String> actionsOf(String actor) {
        return List.copyOf(byActor.getOrDefault(actor, List.of()));
    }

    public SortedMap<Long, String> between(long fromInclusive, long toExclusive) {
        return new TreeMap<>(byTime.subMap(fromInclusive, true, toExclusive, false));
    }

    public void purgeBefore(long at) {
        byTime.headMap(at, false).clear();
        Map<String, List<String>> rebuilt = new HashMap<>();
        for (String entry : byTime.values()) {
            int colon = entry.indexOf(':');
            rebuilt.computeIfAbsent(entry.substring(0, colon), a -> new ArrayList<>()).add(entry.substring(colon + 1));
        }
        byActor = rebuilt;
    }

    public void reset() {
        byActor = new HashMap<>();
        byTime = new TreeMap<>();
    }

    @Override
    public String toString() {
        return system + "@" + clock + " " + byTime;
    }

    public static void main(String[] args) {
        U18AuditTrail trail = new U18AuditTrail("billing", 100);
        trail.record("alice", "login");
        long t = trail.record("bob", "refund");
        trail.record("alice", "export");
        System.out.println(trail + " " + trail.actionsOf("alice") + " " + trail.between(t, t + 10));
        trail.purgeBefore(t);
        System.out.println(trail.actionsOf("alice") + " " + trail.actionsOf("carol"));
        trail.reset();
        System.out.println(trail);
        System.out.println(new U18AuditTrail() + " " + new U18AuditTrail("x").actionsOf("y"));
    }
}
