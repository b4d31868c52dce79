package probe24;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Caches the DNS SRV answer for one service. The field is tri-state: {@code null} means
 * "not resolved yet", the shared {@link #NO_RECORDS} instance means "resolved, nothing
 * found" (negative caching, compared by identity), anything else is the answer.
 */
public class Z06SrvRecordCache {

    private static final Map<String, Integer> NO_RECORDS = Collections.emptyMap();

    private final String service;
    /** Stand-in for the DNS client; may return null or an empty map. */
    private final Function<String, Map<String, Integer>> resolver;
    /** Target host to port; see the class comment for the three states. */
    private Map<String, Integer> records;
    private int lookups;

    public Z06SrvRecordCache(String service, Function<String, Map<String, Integer>> resolver) {
        this.service = service;
        this.resolver = resolver;
    }

    private void resolveIfNeeded() {
        if (records != null) {
            return;
        }
        lookups++;
        Map<String, Integer> answer = resolver.apply(service);
        records = answer == null || answer.isEmpty() ? NO_RECORDS : new TreeMap<>(answer);
    }

    public OptionalInt portOf(String target) {
        resolveIfNeeded();
        if (records == NO_RECORDS) {
            return OptionalInt.empty();
        }
        Integer port = records.get(target);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    /** Picks a target by hash, or null when the service has no records. */
    public String pickTarget(int hash) {
        resolveIfNeeded();
        if (records == NO_RECORDS) {
            return null;
        }
        List<String> targets = new ArrayList<>(records.keySet());
        return targets.get(Math.floorMod(hash, targets.size()));
    }

    public boolean isNegativelyCached() {
        return records == NO_RECORDS;
    }

    /** TTL expiry: forget the answer (positive or negative). */
    public void expire() {
        records = null;
    }

    public static void main(String[] args) {
        Map<String, Map<String, Integer>> zone = new TreeMap<>();
        zone.put("_imap._tcp.example.org", Map.of("mail1.example.org", 993, "mail2.example.org", 143));
        Z06SrvRecordCache imap = new Z06SrvRecordCache("_imap._tcp.example.org", zone::get);
        Z06SrvRecordCache ldap = new Z06SrvRecordCache("_ldap._tcp.example.org", zone::get);
        System.out.println(imap.portOf("mail1.example.org") + " " + imap.portOf("mail9") + " " + imap.pickTarget(-3));
        System.out.println(ldap.portOf("dc1") + " " + ldap.pickTarget(1) + " " + ldap.isNegativelyCached());
        zone.put("_ldap._tcp.example.org", Map.of("dc1.example.org", 389));
        ldap.expire();
        System.out.println(ldap.isNegativelyCached() + " " + ldap.pickTarget(5) + " " + ldap.portOf("dc1.example.org"));
        imap.expire();
        System.out.println(imap.pickTarget(0) + " lookups=" + (imap.lookups + ldap.lookups));
    }
}
