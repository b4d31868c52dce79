package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A lazily loaded, immutable lookup table (ISO country codes) with the classic
 * double-checked locking idiom, as found in libphonenumber-style metadata loaders.
 * Readers test the volatile {@code loaded} flag; the map is written before the flag is
 * published, so a reader that sees {@code loaded == true} also sees the map.
 */
public final class SC29CountryCodeTable {

    private final Supplier<String> source;
    private Map<String, String> byCode;          // written once, before 'loaded' is set
    private volatile boolean loaded;
    private int loads;

    public SC29CountryCodeTable(Supplier<String> source) {
        this.source = source;
    }

    private void ensureLoaded() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    Map<String, String> m = new HashMap<>();
                    for (String line : source.get().split(";")) {
                        String[] kv = line.split(":", 2);
                        if (kv.length != 2) {
                            throw new IllegalStateException("corrupt metadata line: " + line);
                        }
                        m.put(kv[0].trim(), kv[1].trim());
                    }
                    byCode = Map.copyOf(m);
                    loads++;
                    loaded = true;
                }
            }
        }
    }

    public String countryName(String isoCode) {
        ensureLoaded();
        String name = byCode.get(isoCode);
        if (name == null) {
            throw new IllegalArgumentException("unknown country code " + isoCode);
        }
        return name;
    }

    public boolean isValid(String isoCode) {
        ensureLoaded();
        return byCode.containsKey(isoCode);
    }

    public int size() {
        return loaded ? byCode.size() : -1;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public synchronized int loads() {
        return loads;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SC29CountryCodeTable broken = new SC29CountryCodeTable(() -> "DE:Germany;garbage");
        for (int i = 0; i < 2; i++) {
            try {
                broken.isValid("DE");
                throw new AssertionError("expected ISE");
            } catch (IllegalStateException expected) {
                // a failed load leaves the table unloaded; the next call retries
            }
            check(!broken.isLoaded() && broken.size() == -1 && broken.loads() == 0, "still unloaded");
        }

        SC29CountryCodeTable t = new SC29CountryCodeTable(() -> "DE:Germany;FR:France;JP:Japan");
        check(!t.isLoaded() && t.size() == -1 && t.loads() == 0, "before load");
        Thread[] readers = new Thread[8];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = new Thread(() -> {
                for (int k = 0; k < 1000; k++) {
                    if (!t.isValid("FR") || !t.countryName("JP").equals("Japan") || t.size() != 3) {
                        throw new AssertionError("bad read");
                    }
                }
            });
            readers[i].start();
        }
        for (Thread r : readers) {
            r.join();
        }
        check(t.isLoaded() && t.size() == 3 && t.loads() == 1, "loaded exactly once");
        check(t.countryName("DE").equals("Germany") && !t.isValid("XX"), "lookups");
        try {
            t.countryName("XX");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        System.out.println("SC29 ok");
    }
}
