package probe32;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * Collector registry in the style of the Prometheus Java client. A scrape allocates a scratch
 * map, feeds every registered gauge into it through a method reference, formats it and then
 * drops it in a finally block. The private collect/format helpers are only reachable inside
 * that window; a re-entrant scrape is rejected before it can touch the field.
 */
public class SA22PrometheusScraper {

    private record Gauge(String name, String labels, DoubleSupplier sampler) { }

    private final List<Gauge> gauges = new ArrayList<>();
    private Map<String, Double> scratch; // non-null only while scrape() is running
    private int lastSeriesCount;

    public void register(String name, String labels, DoubleSupplier sampler) {
        gauges.add(new Gauge(name, labels, sampler));
    }

    public String scrape() {
        if (scratch != null) {
            throw new IllegalStateException("re-entrant scrape");
        }
        scratch = new TreeMap<>();
        try {
            gauges.forEach(this::collect);
            lastSeriesCount = scratch.size();
            return format();
        } finally {
            scratch = null;
        }
    }

    private void collect(Gauge g) {
        String series = g.labels().isEmpty() ? g.name() : g.name() + "{" + g.labels() + "}";
        scratch.merge(series, g.sampler().getAsDouble(), Double::sum);
    }

    private String format() {
        StringBuilder sb = new StringBuilder();
        scratch.forEach((series, value) -> sb.append(series).append(' ').append(value).append('\n'));
        return sb.toString();
    }

    public int lastSeriesCount() {
        return lastSeriesCount;
    }

    public boolean unregister(String name) {
        return gauges.removeIf(g -> g.name().equals(name));
    }

    public static void main(String[] args) {
        SA22PrometheusScraper registry = new SA22PrometheusScraper();
        System.out.print("empty scrape: [" + registry.scrape() + "]\n");
        int[] queue = {3};
        registry.register("queue_depth", "", () -> queue[0]);
        registry.register("heap_bytes", "area=\"heap\"", () -> 1024.0);
        registry.register("heap_bytes", "area=\"heap\"", () -> 512.0);
        System.out.print(registry.scrape());
        queue[0] = 9;
        System.out.print(registry.scrape());
        System.out.println("series=" + registry.lastSeriesCount());
        registry.register("recursive", "", () -> registry.scrape().length());
        try {
            registry.scrape();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println("unregister=" + registry.unregister("recursive") + " again=" + registry.unregister("recursive"));
        System.out.print(registry.scrape());
    }
}
