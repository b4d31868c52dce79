package probe25;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Hibernate/Ehcache style second-level cache statistics. Thread-safe: all
 * public methods are synchronized. Per-region counters exist exactly while
 * statistics are enabled; disabling them drops the map.
 */
public final class B18RegionStatistics {
    static final class RegionStats {
        long hits;
        long misses;
        long puts;
    }

    private boolean statisticsEnabled;
    private Map<String, RegionStats> regions; // non-null exactly when statisticsEnabled
    private long startTime;
    private long enableCount;

    public synchronized void setStatisticsEnabled(boolean enabled, long now) {
        if (enabled == statisticsEnabled) {
            return;
        }
        if (enabled) {
            regions = new HashMap<>();
            startTime = now;
            enableCount++;
        } else {
            regions = null;
        }
        statisticsEnabled = enabled;
    }

    public synchronized boolean isStatisticsEnabled() {
        return statisticsEnabled;
    }

    private RegionStats stats(String region) {
        return regions.computeIfAbsent(region, r -> new RegionStats());
    }

    public synchronized void hit(String region) {
        if (!statisticsEnabled) {
            return;
        }
        stats(region).hits++;
    }

    public synchronized void miss(String region) {
        if (statisticsEnabled) {
            stats(region).misses++;
        }
    }

    public synchronized void put(String region) {
        if (!isStatisticsEnabled()) {
            return;
        }
        stats(region).puts++;
    }

    public synchronized double hitRatio(String region) {
        if (!statisticsEnabled) {
            return Double.NaN;
        }
        RegionStats s = regions.get(region);
        long total = s == null ? 0 : s.hits + s.misses;
        return total == 0 ? 0.0 : (double) s.hits / total;
    }

    public synchronized void clear(long now) {
        if (statisticsEnabled) {
            regions.clear();
            startTime = now;
        }
    }

    public synchronized String[] getRegionNames() {
        return statisticsEnabled ? regions.keySet().stream().sorted().toArray(String[]::new) : new String[0];
    }

    public synchronized String logSummary(long now) {
        if (!statisticsEnabled) {
            return "statistics disabled (enabled " + enableCount + " times)";
        }
        StringBuilder sb = new StringBuilder("since ").append(now - startTime).append("ms:");
        for (String name : getRegionNames()) {
            RegionStats s = regions.get(name);
            sb.append(' ').append(name).append("[h=").append(s.hits).append(",m=").append(s.misses)
                    .append(",p=").append(s.puts).append(']');
        }
        return sb.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        B18RegionStatistics stats = new B18RegionStatistics();
        stats.hit("Customer");
        stats.miss("Customer");
        stats.put("Customer");
        stats.clear(0);
        System.out.println(stats.hitRatio("Customer") + " " + stats.getRegionNames().length + " " + stats.logSummary(0));
        stats.setStatisticsEnabled(true, 100);
        stats.setStatisticsEnabled(true, 150);
        CountDownLatch done = new CountDownLatch(2);
        Runnable load = () -> {
            for (int i = 0; i < 1000; i++) {
                if (i % 4 == 0) {
                    stats.miss("Order");
                    stats.put("Order");
                } else {
                    stats.hit(i % 2 == 0 ? "Order" : "Customer");
                }
            }
            done.countDown();
        };
        new Thread(load).start();
        new Thread(load).start();
        done.await();
        System.out.println(stats.hitRatio("Order") + " " + stats.hitRatio("Nothing") + " " + stats.logSummary(400));
        stats.clear(500);
        System.out.println(stats.getRegionNames().length + " " + stats.logSummary(600));
        stats.setStatisticsEnabled(false, 700);
        stats.hit("Order");
        System.out.println(stats.isStatisticsEnabled() + " " + stats.hitRatio("Order") + " " + stats.logSummary(800));
    }
}
