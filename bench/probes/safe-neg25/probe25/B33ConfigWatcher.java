package probe25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Spring Cloud / Archaius style watched configuration. Change listeners run
 * synchronously and are allowed to close the watcher or reload it, so every
 * loop that calls listeners re-reads the field afterwards.
 */
public class B33ConfigWatcher implements AutoCloseable {
    public interface Listener {
        void onChange(String key, String oldValue, String newValue);
    }

    private Map<String, String> current; // null before the first load() and after close()
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private long version;

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public int load(Map<String, String> fresh) {
        Map<String, String> previous = current;
        Map<String, String> next = new TreeMap<>(fresh);
        current = next;
        version++;
        if (previous == null) {
            return next.size(); // initial load: nothing to diff against
        }
        Set<String> keys = new TreeSet<>(previous.keySet());
        keys.addAll(next.keySet());
        int changes = 0;
        for (String key : keys) {
            String before = previous.get(key);
            String after = next.get(key);
            if (Objects.equals(before, after)) {
                continue;
            }
            changes++;
            fire(key, before, after);
            if (current != next) {
                return changes; // a listener closed or reloaded the watcher
            }
        }
        return changes;
    }

    public String get(String key, String def) {
        if (current == null) {
            return def;
        }
        return current.getOrDefault(key, def);
    }

    public boolean set(String key, String value) {
        if (current == null) {
            return false;
        }
        String old = current.put(key, value);
        if (!Objects.equals(old, value)) {
            fire(key, old, value); // may close us; the map is not touched afterwards
        }
        return true;
    }

    public int setAll(Map<String, String> updates) {
        int applied = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(updates).entrySet()) {
            if (current == null) {
                break; // closed by a listener during an earlier update
            }
            String old = current.put(e.getKey(), e.getValue());
            applied++;
            if (!Objects.equals(old, e.getValue())) {
                fire(e.getKey(), old, e.getValue());
            }
        }
        return applied;
    }

    private void fire(String key, String before, String after) {
        for (Listener l : listeners) {
            l.onChange(key, before, after);
        }
    }

    public Map<String, String> snapshot() {
        Map<String, String> c = current;
        return c == null ? Collections.emptyMap() : Collections.unmodifiableMap(new TreeMap<>(c));
    }

    @Override
    public void close() {
        current = null;
        listeners.clear();
    }

    public long version() {
        return version;
    }

    public static void main(String[] args) {
        B33ConfigWatcher w = new B33ConfigWatcher();
        List<String> log = new ArrayList<>();
        System.out.println(w.get("a", "-") + " " + w.set("a", "1") + " " + w.setAll(Map.of("a", "1")) + " " + w.snapshot());
        w.addListener((k, o, n) -> log.add(k + ":" + o + "->" + n));
        System.out.println(w.load(Map.of("db.url", "jdbc:h2:mem", "pool.size", "5")));
        System.out.println(w.load(Map.of("db.url", "jdbc:pg://db", "pool.size", "5", "feature.x", "on")) + " " + log);
        System.out.println(w.set("pool.size", "8") + " " + w.set("pool.size", "8") + " " + w.get("pool.size", "?"));
        w.addListener((k, o, n) -> {
            if ("shutdown".equals(k)) {
                w.close();
            }
        });
        System.out.println(w.setAll(Map.of("a", "1", "shutdown", "now", "z", "2")) + " " + w.snapshot() + " " + log);
        System.out.println(w.load(Map.of("x", "1")) + " " + w.load(Map.of("x", "2")) + " " + w.version());
        B33ConfigWatcher other = new B33ConfigWatcher();
        other.load(Map.of("k", "v"));
        other.addListener((k, o, n) -> other.close());
        System.out.println(other.load(Map.of("k", "w", "l", "m")) + " " + other.get("k", "closed"));
        try (B33ConfigWatcher scoped = new B33ConfigWatcher()) {
            scoped.load(Map.of("k", "v"));
            System.out.println(scoped.snapshot());
        }
    }
}
