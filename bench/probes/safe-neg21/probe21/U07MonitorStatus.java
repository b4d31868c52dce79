package probe21;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Health-monitor status line. The labels map is assigned inside the lambdas of
 * Optional.ifPresentOrElse in the constructor: exactly one of the two arms always runs,
 * and both assign a new map, so the field is non-null once construction finishes.
 */
public final class U07MonitorStatus {

    public enum Level { OK, WARN, CRITICAL }

    private final String name;
    private Map<String, String> labels;
    private Level level = Level.OK;
    private long transitions;

    public U07MonitorStatus(String name, Optional<Map<String, String>> configuredLabels) {
        this.name = name;
        Optional<Map<String, String>> source = configuredLabels == null ? Optional.empty() : configuredLabels;
        source.ifPresentOrElse(
                given -> labels = new LinkedHashMap<>(given),
                () -> labels = new LinkedHashMap<>(Map.of("source", "default")));
        labels.put("monitor", name);
    }

    public void update(Level next, String reason) {
        if (next == null || next == level) {
            return;
        }
        transitions++;
        labels.put("previous", level.name());
        if (reason == null) {
            labels.remove("reason");
        } else {
            labels.put("reason", reason);
        }
        level = next;
    }

    public void label(String key, Optional<String> value) {
        value.ifPresentOrElse(v -> labels.put(key, v), () -> labels.remove(key));
    }

    public String render() {
        StringJoiner joiner = new StringJoiner(",", name + " " + level + " {", "}");
        for (Map.Entry<String, String> e : labels.entrySet()) {
            joiner.add(e.getKey() + "=" + e.getValue());
        }
        return joiner + " transitions=" + transitions;
    }

    public boolean hasLabel(String key) {
        return labels.containsKey(key);
    }

    public static void main(String[] args) {
        U07MonitorStatus db = new U07MonitorStatus("db", Optional.empty());
        System.out.println(db.render());
        db.update(Level.WARN, "slow queries");
        db.update(Level.WARN, "ignored");
        db.update(Level.OK, null);
        System.out.println(db.render());

        U07MonitorStatus cache = new U07MonitorStatus("cache", Optional.of(Map.of("region", "eu-1")));
        cache.label("owner", Optional.of("team-a"));
        cache.label("region", Optional.empty());
        System.out.println(cache.render() + " " + cache.hasLabel("region"));

        U07MonitorStatus legacy = new U07MonitorStatus("legacy", null);
        legacy.update(Level.CRITICAL, "down");
        System.out.println(legacy.render());
    }
}
