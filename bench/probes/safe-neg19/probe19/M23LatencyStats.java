package probe19;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Endpoint latency statistics stored in an immutable snapshot replaced on every write. */
public class M23LatencyStats {
    private volatile Map<String, List<Long>> samples;

    public synchronized void record(String endpoint, long micros) {
        Map<String, List<Long>> current = samples;
        Map<String, List<Long>> next = current == null ? new HashMap<>() : new HashMap<>(current);
        List<Long> values = new ArrayList<>(next.getOrDefault(endpoint, List.of()));
        values.add(micros);
        next.put(endpoint, List.copyOf(values));
        samples = Map.copyOf(next);
    }

    public Map<String, Double> averages() {
        Map<String, List<Long>> snapshot = samples;
        if (snapshot == null) {
            return Map.of();
        }
        return snapshot.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().mapToLong(Long::longValue).average().orElse(0),
                        (a, b) -> a, TreeMap::new));
    }

    public OptionalLong max(String endpoint) {
        Map<String, List<Long>> snapshot = samples;
        if (snapshot == null || !snapshot.containsKey(endpoint)) {
            return OptionalLong.empty();
        }
        return snapshot.get(endpoint).stream().mapToLong(Long::longValue).max();
    }

    public long totalSamples() {
        Map<String, List<Long>> snapshot = samples;
        return snapshot == null ? 0 : snapshot.values().stream().mapToLong(List::size).sum();
    }

    public synchronized void reset() {
        samples = null;
    }

    public static void main(String[] args) throws InterruptedException {
        M23LatencyStats stats = new M23LatencyStats();
        System.out.println(stats.averages() + " " + stats.max("/a") + " " + stats.totalSamples());
        stats.record("/login", 1200);
        stats.record("/login", 800);
        stats.record("/search", 4000);
        System.out.println(stats.averages() + " " + stats.max("/login") + " " + stats.max("/none"));
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                stats.record("/bg", i);
                if (i == 100) {
                    stats.reset();
                }
            }
        });
        writer.start();
        for (int i = 0; i < 200; i++) {
            stats.averages();
            stats.max("/bg");
            stats.totalSamples();
        }
        writer.join();
        System.out.println(stats.totalSamples() + " " + stats.max("/bg"));
        stats.reset();
        stats.reset();
        System.out.println(stats.averages());
    }
}
