package probe27;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Confluent-style schema registry: subjects and per-subject compatibility overrides are created on demand. */
public final class F27SchemaRegistry {
    public enum Compatibility { NONE, BACKWARD, FORWARD, FULL }

    public record Schema(String subject, int version, Map<String, String> fields) {
        public Schema {
            fields = Map.copyOf(fields);
        }
    }

    private Map<String, List<Schema>> bySubject;                // null until the first register()
    private Map<String, Compatibility> compatibilityOverrides;  // null unless configured
    private Compatibility globalCompatibility = Compatibility.BACKWARD;

    public Schema register(String subject, Map<String, String> fields) {
        Optional<Schema> latest = latest(subject);
        if (latest.isPresent()) {
            Schema prev = latest.get();
            if (prev.fields().equals(fields)) return prev; // idempotent
            if (!compatible(prev.fields(), fields, compatibilityOf(subject))) {
                throw new IllegalArgumentException("schema for " + subject + " is not " + compatibilityOf(subject) + " compatible");
            }
        }
        if (bySubject == null) bySubject = new TreeMap<>();
        List<Schema> versions = bySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        Schema schema = new Schema(subject, versions.size() + 1, fields);
        versions.add(schema);
        return schema;
    }

    public Optional<Schema> latest(String subject) {
        return Optional.ofNullable(bySubject).map(m -> m.get(subject)).filter(l -> !l.isEmpty()).map(l -> l.get(l.size() - 1));
    }

    public Optional<Schema> version(String subject, int version) {
        return Optional.ofNullable(bySubject).map(m -> m.get(subject))
                .filter(l -> version >= 1 && version <= l.size()).map(l -> l.get(version - 1));
    }

    public void setCompatibility(String subject, Compatibility c) {
        if (compatibilityOverrides == null) compatibilityOverrides = new HashMap<>();
        compatibilityOverrides.put(subject, c);
    }

    public void setGlobalCompatibility(Compatibility c) { globalCompatibility = c; }

    public Compatibility compatibilityOf(String subject) {
        return compatibilityOverrides == null ? globalCompatibility : compatibilityOverrides.getOrDefault(subject, globalCompatibility);
    }

    static boolean compatible(Map<String, String> old, Map<String, String> next, Compatibility c) {
        return switch (c) {
            case NONE -> true;
            case BACKWARD -> contains(next, old);   // only additions allowed
            case FORWARD -> contains(old, next);    // only removals allowed
            case FULL -> old.equals(next);
        };
    }

    private static boolean contains(Map<String, String> bigger, Map<String, String> smaller) {
        return smaller.entrySet().stream().allMatch(e -> e.getValue().equals(bigger.get(e.getKey())));
    }

    public List<String> subjects() { return bySubject == null ? List.of() : List.copyOf(bySubject.keySet()); }

    public boolean deleteSubject(String subject) {
        if (bySubject == null) return false;
        boolean removed = bySubject.remove(subject) != null;
        if (bySubject.isEmpty()) bySubject = null;
        return removed;
    }

    public static void main(String[] args) {
        F27SchemaRegistry reg = new F27SchemaRegistry();
        assert reg.subjects().isEmpty() && reg.latest("users").isEmpty() && reg.version("users", 1).isEmpty();
        assert !reg.deleteSubject("users") && reg.compatibilityOf("users") == Compatibility.BACKWARD;

        Schema v1 = reg.register("users", Map.of("id", "long"));
        Schema v2 = reg.register("users", Map.of("id", "long", "email", "string"));
        assert reg.register("users", Map.of("id", "long", "email", "string")) == v2;
        assert v1.version() == 1 && v2.version() == 2 && reg.latest("users").orElseThrow() == v2;
        assert reg.version("users", 1).orElseThrow() == v1 && reg.version("users", 3).isEmpty();
        boolean rejected = false;
        try { reg.register("users", Map.of("email", "string")); } catch (IllegalArgumentException expected) { rejected = true; }
        assert rejected;

        reg.setCompatibility("users", Compatibility.FORWARD);
        assert reg.register("users", Map.of("email", "string")).version() == 3;
        assert reg.compatibilityOf("orders") == Compatibility.BACKWARD;
        reg.setGlobalCompatibility(Compatibility.FULL);
        reg.register("orders", Map.of("id", "long"));
        boolean full = false;
        try { reg.register("orders", Map.of("id", "long", "x", "int")); } catch (IllegalArgumentException expected) { full = true; }
        assert full && reg.subjects().equals(List.of("orders", "users"));
        reg.setCompatibility("orders", Compatibility.NONE);
        assert reg.register("orders", Map.of("total", "double")).version() == 2;
        assert reg.deleteSubject("users") && reg.deleteSubject("orders") && !reg.deleteSubject("orders");
        assert reg.subjects().isEmpty() && reg.latest("orders").isEmpty();
        assert reg.register("orders", Map.of("id", "long")).version() == 1;
        System.out.println("F27 ok");
    }
}
