package probe37;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * UI data-binding change tracker. The tracker's change log exists exactly while its private
 * listener is registered with the property source; the listener callback writes to the log
 * without a check, and public reads ask the source whether the listener is registered.
 */
public class SG24ChangeTracker {

    static final class PropertySource {
        private final Map<String, Object> properties = new HashMap<>();
        private final List<BiConsumer<String, Object>> listeners = new ArrayList<>();

        public void set(String key, Object value) {
            if (key == null || value == null) {
                throw new IllegalArgumentException("key and value required");
            }
            properties.put(key, value);
            for (BiConsumer<String, Object> l : List.copyOf(listeners)) {
                if (listeners.contains(l)) { // skip listeners removed by an earlier callback
                    l.accept(key, value);
                }
            }
        }

        void addListener(BiConsumer<String, Object> l) {
            listeners.add(l);
        }

        boolean removeListener(BiConsumer<String, Object> l) {
            return listeners.remove(l);
        }

        boolean hasListener(BiConsumer<String, Object> l) {
            return listeners.contains(l);
        }
    }

    static final class ChangeTracker {
        private final PropertySource source;
        private final BiConsumer<String, Object> listener = this::onChange;
        private LinkedHashMap<String, Object> changes; // exists exactly while listener is registered

        ChangeTracker(PropertySource source) {
            if (source == null) {
                throw new IllegalArgumentException("source required");
            }
            this.source = source;
        }

        private void onChange(String key, Object value) {
            changes.put(key, value);
        }

        public void startTracking() {
            if (source.hasListener(listener)) {
                throw new IllegalStateException("already tracking");
            }
            changes = new LinkedHashMap<>();
            source.addListener(listener);
        }

        public Map<String, Object> changes() {
            if (!source.hasListener(listener)) {
                throw new IllegalStateException("not tracking");
            }
            return Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        }

        public Map<String, Object> stopTracking() {
            if (!source.removeListener(listener)) {
                throw new IllegalStateException("not tracking");
            }
            Map<String, Object> result = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
            changes = null;
            return result;
        }
    }

    public static void main(String[] args) {
        PropertySource source = new PropertySource();
        ChangeTracker tracker = new ChangeTracker(source);

        // Phase 1: before the map exists.
        source.set("title", "Untitled");
        expect(IllegalStateException.class, tracker::changes);
        expect(IllegalStateException.class, tracker::stopTracking);

        // Phase 2: while it exists; a second listener stops the tracker in the middle of a fire.
        tracker.startTracking();
        expect(IllegalStateException.class, tracker::startTracking);
        source.set("title", "Report");
        source.set("width", 640);
        source.set("title", "Final report");
        check(tracker.changes().equals(Map.of("title", "Final report", "width", 640)), "two changes");
        source.addListener((k, v) -> {
            if ("close".equals(k)) {
                tracker.stopTracking();
            }
        });
        tracker.stopTracking();
        tracker.startTracking(); // re-registers after the closer, so the closer fires first
        source.set("close", Boolean.TRUE);

        // Phase 3: after it has been dropped (stop attempted twice more).
        expect(IllegalStateException.class, tracker::stopTracking);
        expect(IllegalStateException.class, tracker::stopTracking);
        expect(IllegalStateException.class, tracker::changes);
        source.set("height", 480);

        // Phase 4: after it has been created again.
        tracker.startTracking();
        source.set("height", 600);
        check(tracker.changes().equals(Map.of("height", 600)), "fresh log");
        check(tracker.stopTracking().size() == 1, "stopped with one change");
        System.out.println("SG24ChangeTracker ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
