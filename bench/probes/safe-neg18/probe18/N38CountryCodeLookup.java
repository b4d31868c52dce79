package probe18;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ISO country code lookups for a billing service: static table loaded on demand plus a derived reverse index. */
public final class N38CountryCodeLookup {

    private static final class Holder {
        static final Map<String, String> BY_ALPHA2;

        static {
            Map<String, String> m = new HashMap<>();
            m.put("DE", "Germany");
            m.put("FR", "France");
            m.put("JP", "Japan");
            m.put("BR", "Brazil");
            m.put("NZ", "New Zealand");
            BY_ALPHA2 = Collections.unmodifiableMap(m);
        }
    }

    private volatile Map<String, String> alpha2ByName;

    public String countryName(String alpha2) {
        return Holder.BY_ALPHA2.get(alpha2.toUpperCase(Locale.ROOT));
    }

    private Map<String, String> reverse() {
        Map<String, String> local = alpha2ByName;
        if (local == null) {
            synchronized (this) {
                local = alpha2ByName;
                if (local == null) {
                    local = new ConcurrentHashMap<>();
                    for (Map.Entry<String, String> e : Holder.BY_ALPHA2.entrySet()) {
                        local.put(e.getValue().toLowerCase(Locale.ROOT), e.getKey());
                    }
                    alpha2ByName = local;
                }
            }
        }
        return local;
    }

    public String alpha2(String countryName) {
        return reverse().get(countryName.toLowerCase(Locale.ROOT));
    }

    public void invalidate() {
        alpha2ByName = null;
    }

    public int knownCountries() {
        Map<String, String> local = alpha2ByName;
        return local != null ? local.size() : Holder.BY_ALPHA2.size();
    }

    public static void main(String[] args) throws InterruptedException {
        N38CountryCodeLookup lookup = new N38CountryCodeLookup();
        System.out.println(lookup.knownCountries() + " " + lookup.countryName("jp") + " " + lookup.countryName("XX"));
        lookup.invalidate();
        Thread a = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                lookup.alpha2("France");
            }
        });
        Thread b = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                lookup.invalidate();
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(lookup.alpha2("new zealand") + " " + lookup.alpha2("Atlantis") + " " + lookup.knownCountries());
    }
}
