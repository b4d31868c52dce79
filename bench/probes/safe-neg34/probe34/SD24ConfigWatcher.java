package probe34;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/** Config-change notifier; the last-notified snapshot is only read by registered listeners. */
public class SD24ConfigWatcher {
    private Map<String, String> current = Map.of();
    private Map<String, String> lastNotified; // created when the first listener registers, dropped with the last
    private final Map<Integer, Consumer<Map<String, String>>> listeners = new LinkedHashMap<>();
    private int nextId;

    public int watch(String key, Consumer<String> callback) {
        if (key == null || callback == null) {
            throw new IllegalArgumentException("key and callback required");
        }
        if (listeners.isEmpty()) {
            lastNotified = new HashMap<>(current);
        }
        Consumer<Map<String, String>> listener = next -> {
            String before = lastNotified.get(key);
            String after = next.get(key);
            if (!Objects.equals(before, after)) {
                callback.accept(after);
            }
        };
        listeners.put(++nextId, listener);
        return nextId;
    }

    public void publish(Map<String, String> next) {
        current = Map.copyOf(next);
        for (Consumer<Map<String, String>> listener : listeners.values()) {
            listener.accept(current);
        }
        if (!listeners.isEmpty()) {
            lastNotified = new HashMap<>(current);
        }
    }

    public void unwatch(int id) {
        if (listeners.remove(id) == null) {
            throw new NoSuchElementException("no watch with id " + id);
        }
        if (listeners.isEmpty()) {
            lastNotified = null;
        }
    }

    public void unwatchAll() {
        listeners.clear();
        lastNotified = null;
    }

    public int watcherCount() {
        return listeners.size();
    }

    public String get(String key) {
        return current.get(key);
    }

    private static void exerciseUnwatched(SD24ConfigWatcher w, Map<String, String> config) {
        check(w.watcherCount() == 0, "no watchers");
        w.publish(config);
        check(Objects.equals(config.get("db.url"), w.get("db.url")), "published without watchers");
        expect(NoSuchElementException.class, () -> w.unwatch(12345));
        expect(IllegalArgumentException.class, () -> w.watch("k", null));
        w.unwatchAll();
    }

    public static void main(String[] args) {
        SD24ConfigWatcher watcher = new SD24ConfigWatcher();
        exerciseUnwatched(watcher, Map.of("db.url", "jdbc:a"));

        List<String> events = new ArrayList<>();
        int dbWatch = watcher.watch("db.url", v -> events.add("db=" + v));
        int poolWatch = watcher.watch("pool.size", v -> events.add("pool=" + v));
        watcher.publish(Map.of("db.url", "jdbc:a", "pool.size", "10"));
        check(events.equals(List.of("pool=10")), "only changed keys notify: " + events);
        watcher.publish(Map.of("db.url", "jdbc:b", "pool.size", "10"));
        check(events.equals(List.of("pool=10", "db=jdbc:b")), "db change: " + events);
        check(watcher.watcherCount() == 2 && "10".equals(watcher.get("pool.size")), "state while watched");
        watcher.unwatch(poolWatch);
        watcher.publish(Map.of("db.url", "jdbc:b"));
        check(events.size() == 2, "removed watcher silent");
        expect(NoSuchElementException.class, () -> watcher.unwatch(poolWatch));
        watcher.unwatch(dbWatch); // last watcher: snapshot dropped

        exerciseUnwatched(watcher, Map.of("db.url", "jdbc:c"));
        watcher.watch("db.url", v -> events.add("again=" + v));
        watcher.unwatchAll();
        exerciseUnwatched(watcher, Map.of("db.url", "jdbc:d"));
        watcher.unwatchAll();
        exerciseUnwatched(watcher, Map.of());

        int w3 = watcher.watch("db.url", v -> events.add("new=" + v));
        watcher.publish(Map.of("db.url", "jdbc:e"));
        check(events.get(events.size() - 1).equals("new=jdbc:e") && events.size() == 3, "recreated: " + events);
        watcher.publish(Map.of());
        check(events.get(events.size() - 1).equals("new=null"), "removal notifies null");
        check(watcher.watcherCount() == 1 && watcher.get("db.url") == null, "recreated state");
        expect(NoSuchElementException.class, () -> watcher.unwatch(w3 + 1));
        watcher.unwatch(w3);
        exerciseUnwatched(watcher, Map.of("x", "z"));
        watcher.watch("x", v -> events.add("x=" + v));
        watcher.unwatchAll();
        exerciseUnwatched(watcher, Map.of("x", "y"));
        System.out.println("SD24ConfigWatcher ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
