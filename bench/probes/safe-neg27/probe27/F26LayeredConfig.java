package probe27;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typesafe-config/Spring-Environment style configuration with ${...} substitution and a lazily resolved view. */
public final class F26LayeredConfig {
    private static final Pattern REF = Pattern.compile("\\$\\{([^}]+)\\}");

    private final Map<String, String> defaults;
    private SortedMap<String, String> overrides;   // null unless set() was called
    private NavigableMap<String, String> resolved; // substituted view; null when stale
    private int resolutions;

    public F26LayeredConfig(Map<String, String> defaults) { this.defaults = Map.copyOf(defaults); }

    public F26LayeredConfig set(String key, String value) {
        if (overrides == null) overrides = new TreeMap<>();
        overrides.put(key, value);
        resolved = null;
        return this;
    }

    public void clearOverrides() {
        overrides = null;
        resolved = null;
    }

    private NavigableMap<String, String> resolved() {
        NavigableMap<String, String> r = resolved;
        if (r == null) {
            Map<String, String> raw = new HashMap<>(defaults);
            if (overrides != null) raw.putAll(overrides);
            TreeMap<String, String> out = new TreeMap<>();
            for (String key : raw.keySet()) out.put(key, substitute(key, raw, new ArrayDeque<>()));
            r = Collections.unmodifiableNavigableMap(out);
            resolved = r;
            resolutions++;
        }
        return r;
    }

    private static String substitute(String key, Map<String, String> raw, Deque<String> stack) {
        if (stack.contains(key)) throw new IllegalArgumentException("circular reference via " + key);
        String value = raw.get(key);
        if (value == null) throw new IllegalArgumentException("unresolved reference ${" + key + "}");
        stack.push(key);
        Matcher m = REF.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(substitute(m.group(1), raw, stack)));
        m.appendTail(sb);
        stack.pop();
        return sb.toString();
    }

    public Optional<String> get(String key) { return Optional.ofNullable(resolved().get(key)); }

    public int getInt(String key, int defaultValue) { return get(key).map(Integer::parseInt).orElse(defaultValue); }

    public NavigableMap<String, String> withPrefix(String prefix) {
        return resolved().subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    public SortedMap<String, String> overridesView() {
        return overrides == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(overrides);
    }

    public boolean isResolved() { return resolved != null; }

    public int resolutions() { return resolutions; }

    public static void main(String[] args) {
        F26LayeredConfig cfg = new F26LayeredConfig(Map.of(
                "app.name", "shop", "db.host", "localhost", "db.port", "5432",
                "db.url", "jdbc:postgresql://${db.host}:${db.port}/${app.name}"));
        assert !cfg.isResolved() && cfg.overridesView().isEmpty();
        assert cfg.get("db.url").orElseThrow().equals("jdbc:postgresql://localhost:5432/shop");
        assert cfg.getInt("db.port", 0) == 5432 && cfg.getInt("db.pool", 8) == 8;
        assert cfg.withPrefix("db.").keySet().equals(java.util.Set.of("db.host", "db.port", "db.url"));
        assert cfg.isResolved() && cfg.resolutions() == 1;

        cfg.set("db.host", "db.prod").set("app.$name", "$literal\\");
        assert !cfg.isResolved() && cfg.overridesView().firstKey().equals("app.$name");
        assert cfg.get("db.url").orElseThrow().equals("jdbc:postgresql://db.prod:5432/shop");
        assert cfg.get("app.$name").orElseThrow().equals("$literal\\");
        cfg.clearOverrides();
        assert cfg.get("db.host").orElseThrow().equals("localhost") && cfg.resolutions() == 3;

        F26LayeredConfig cyclic = new F26LayeredConfig(Map.of("a", "${b}", "b", "${a}"));
        boolean cycle = false;
        try { cyclic.get("a"); } catch (IllegalArgumentException expected) { cycle = true; }
        assert cycle && !cyclic.isResolved();
        cyclic.set("b", "fixed");
        assert cyclic.get("a").orElseThrow().equals("fixed") && cyclic.withPrefix("z").isEmpty();
        boolean dangling = false;
        try { new F26LayeredConfig(Map.of("x", "${y}")).getInt("x", 0); } catch (IllegalArgumentException expected) { dangling = true; }
        assert dangling;
        System.out.println("F26 ok");
    }
}
