package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared geo lookup index for a delivery-routing service, built lazily with
 * double-checked locking on a volatile field. The field goes from null to a
 * fully built map exactly once and is never reset, so the final read of the
 * field after the checks is non-null. Worker threads are joined.
 */
public class H38GeoIndex {
    private final Object lock = new Object();
    private final List<String> rawRows;
    private volatile Map<String, String> postcodeToCity; // null until first lookup
    private final AtomicInteger builds = new AtomicInteger();

    public H38GeoIndex(List<String> rawRows) {
        this.rawRows = List.copyOf(rawRows);
    }

    private Map<String, String> index() {
        if (postcodeToCity == null) {
            synchronized (lock) {
                if (postcodeToCity == null) {
                    Map<String, String> m = new HashMap<>();
                    for (String row : rawRows) {
                        String[] p = row.split(";");
                        m.put(p[0], p[1]);
                    }
                    builds.incrementAndGet();
                    postcodeToCity = m;
                }
            }
        }
        return postcodeToCity;
    }

    public String city(String postcode) {
        return index().getOrDefault(postcode, "?");
    }

    public int size() {
        return index().size();
    }

    public boolean isBuilt() {
        return postcodeToCity != null;
    }

    public int builds() {
        return builds.get();
    }

    public static void main(String[] args) throws InterruptedException {
        H38GeoIndex geo = new H38GeoIndex(List.of("10115;Berlin", "80331;Munich", "20095;Hamburg"));
        assert !geo.isBuilt();
        List<Thread> workers = new ArrayList<>();
        AtomicInteger berlinHits = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 100; k++) {
                    if (geo.city("10115").equals("Berlin")) {
                        berlinHits.incrementAndGet();
                    }
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        assert berlinHits.get() == 800;
        assert geo.isBuilt();
        assert geo.builds() == 1;
        assert geo.size() == 3;
        assert geo.city("99999").equals("?");
        assert geo.city("80331").equals("Munich");
        System.out.println("builds=" + geo.builds() + " size=" + geo.size());
    }
}
