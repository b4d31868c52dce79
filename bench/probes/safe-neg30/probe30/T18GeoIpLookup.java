package probe30;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Country lookup by /16 prefix; the table is loaded lazily and may be evicted under memory pressure. */
public final class T18GeoIpLookup {
    private final Supplier<Map<String, String>> loader;
    private volatile ConcurrentHashMap<String, String> table; // "a.b" prefix -> country code
    private final AtomicInteger loads = new AtomicInteger();

    public T18GeoIpLookup(Supplier<Map<String, String>> loader) {
        this.loader = loader;
    }

    private ConcurrentHashMap<String, String> table() {
        ConcurrentHashMap<String, String> t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = new ConcurrentHashMap<>(loader.get());
                    loads.incrementAndGet();
                    table = t;
                }
            }
        }
        return t;
    }

    private static String prefix(String ip) {
        String[] octets = ip.split("\\.");
        if (octets.length != 4) throw new IllegalArgumentException("not an IPv4 address: " + ip);
        return octets[0] + "." + octets[1];
    }

    public String country(String ip) {
        return table().getOrDefault(prefix(ip), "ZZ");
    }

    public void assign(String prefix16, String country) {
        table().put(prefix16, country);
    }

    public boolean isLoaded() {
        return table != null;
    }

    public int loadCount() {
        return loads.get();
    }

    public synchronized void evict() {
        table = null;
    }

    public static void main(String[] args) throws InterruptedException {
        T18GeoIpLookup geo = new T18GeoIpLookup(() -> Map.of("81.2", "FR", "5.9", "DE"));
        assert !geo.isLoaded() && geo.loadCount() == 0;
        geo.evict();

        List<Thread> threads = new ArrayList<>();
        AtomicInteger fr = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                if (geo.country("81.2.69.160").equals("FR")) fr.incrementAndGet();
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assert fr.get() == 8 && geo.loadCount() == 1 && geo.isLoaded();
        assert geo.country("5.9.1.1").equals("DE") && geo.country("1.1.1.1").equals("ZZ");
        try {
            geo.country("not-an-ip");
            throw new AssertionError("bad address accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }

        geo.evict();
        assert !geo.isLoaded();
        geo.assign("1.1", "AU"); // reloads first
        assert geo.loadCount() == 2 && geo.country("1.1.1.1").equals("AU");
        geo.evict();
        assert geo.country("1.1.1.1").equals("ZZ") && geo.loadCount() == 3;
        System.out.println("T18 ok");
    }
}
