package probe19;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Layered key/value configuration repository with defaults and overrides. */
public class M03ConfigRepository {
    private final String name;
    private final Map<String, String> defaults;
    private NavigableMap<String, String> values;

    public M03ConfigRepository() {
        this("application");
    }

    public M03ConfigRepository(String name) {
        this(name, Map.of("app.name", name, "server.port", "8080"));
    }

    public M03ConfigRepository(String name, Map<String, String> defaults) {
        this.name = name;
        this.defaults = Map.copyOf(defaults);
        this.values = new TreeMap<>(this.defaults);
    }

    public M03ConfigRepository(M03ConfigRepository base, String overlayName) {
        this(overlayName, base.values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public int getInt(String key, int fallback) {
        String raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void set(String key, String value) {
        values.put(key, value);
    }

    public void unset(String key) {
        String def = defaults.get(key);
        if (def == null) {
            values.remove(key);
        } else {
            values.put(key, def);
        }
    }

    public SortedMap<String, String> section(String prefix) {
        return new TreeMap<>(values.subMap(prefix, true, prefix + Character.MAX_VALUE, false));
    }

    public void replaceAll(Map<String, String> newValues) {
        NavigableMap<String, String> fresh = new TreeMap<>(defaults);
        fresh.putAll(newValues);
        values = fresh;
    }

    public String describe() {
        return name + values;
    }

    public static void main(String[] args) {
        M03ConfigRepository plain = new M03ConfigRepository();
        System.out.println(plain.describe() + " port=" + plain.getInt("server.port", 80));
        M03ConfigRepository db = new M03ConfigRepository("db");
        db.set("db.url", "jdbc:h2:mem");
        db.set("db.pool.size", "ten");
        System.out.println(db.getInt("db.pool.size", 4) + " " + db.section("db."));
        M03ConfigRepository overlay = new M03ConfigRepository(db, "db-test");
        overlay.unset("db.url");
        overlay.unset("server.port");
        System.out.println(overlay.describe() + " " + overlay.get("missing").orElse("-"));
        overlay.replaceAll(Map.of("feature.x", "on"));
        System.out.println(overlay.section("feature") + " " + new M03ConfigRepository("x", Map.of()).describe());
    }
}
