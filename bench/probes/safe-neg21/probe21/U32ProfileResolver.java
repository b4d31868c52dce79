package probe21;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the first requested configuration profile that defines all required keys.
 * The search uses labelled continue/break over nested loops; whether or not it finds a
 * profile, the statement after the loop assigns a non-null fallback if nothing was chosen.
 */
public final class U32ProfileResolver {

    private final Map<String, Map<String, String>> profiles;
    private Map<String, String> active;
    private String activeName;

    public U32ProfileResolver(Map<String, Map<String, String>> profiles) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        if (profiles != null) {
            profiles.forEach((name, settings) -> {
                if (name != null && settings != null) {
                    copy.put(name, Map.copyOf(settings));
                }
            });
        }
        this.profiles = copy;
    }

    public synchronized String resolve(List<String> requested, List<String> requiredKeys) {
        active = null;
        activeName = "default";
        search:
        for (String name : requested) {
            Map<String, String> candidate = profiles.get(name);
            if (candidate == null) {
                continue;
            }
            for (String key : requiredKeys) {
                if (!candidate.containsKey(key)) {
                    continue search;
                }
            }
            active = candidate;
            activeName = name;
            break search;
        }
        if (active == null) {
            active = profiles.getOrDefault("default", Map.of());
        }
        return activeName + " (" + active.size() + " settings)";
    }

    public synchronized String setting(String key) {
        return active == null ? null : active.get(key);
    }

    public synchronized String activeName() {
        return active == null ? "<unresolved>" : activeName;
    }

    public static void main(String[] args) {
        U32ProfileResolver resolver = new U32ProfileResolver(Map.of(
                "default", Map.of("db", "h2"),
                "dev", Map.of("db", "postgres"),
                "prod", Map.of("db", "postgres", "tls", "on")));
        System.out.println(resolver.activeName() + " " + resolver.setting("db"));
        System.out.println(resolver.resolve(List.of("missing", "dev", "prod"), List.of("db", "tls")) + " " + resolver.setting("tls"));
        System.out.println(resolver.resolve(List.of("dev"), List.of("tls")) + " " + resolver.setting("db"));
        System.out.println(resolver.resolve(List.of(), List.of()) + " " + resolver.setting("db"));
        U32ProfileResolver empty = new U32ProfileResolver(null);
        System.out.println(empty.resolve(List.of("dev"), List.of()) + " " + empty.setting("db"));
    }
}
