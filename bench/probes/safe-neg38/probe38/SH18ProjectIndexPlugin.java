package probe38;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * IDE plugin that counts file saves per path while a project is open.
 *
 * <p>The count map exists exactly while the private {@code onSave} listener
 * is subscribed to the message bus: projectOpened() creates the map and then
 * subscribes, projectClosed() unsubscribes and then drops the map. The bus
 * only calls listeners that are subscribed at the moment of delivery, so the
 * listener never runs without its map; query methods ask the bus
 * ({@code isSubscribed(onSave)}) instead of testing the map. Single-threaded
 * (IDE event-dispatch thread).
 */
public final class SH18ProjectIndexPlugin {

    /** Minimal message bus; listeners are compared by identity. */
    public static final class MessageBus {
        private final List<Consumer<String>> subscribers = new ArrayList<>();

        public void subscribe(Consumer<String> s) {
            if (s == null) {
                throw new IllegalArgumentException("subscriber");
            }
            if (!isSubscribed(s)) {
                subscribers.add(s);
            }
        }

        public void unsubscribe(Consumer<String> s) {
            subscribers.removeIf(x -> x == s);
        }

        public boolean isSubscribed(Consumer<String> s) {
            for (Consumer<String> x : subscribers) {
                if (x == s) {
                    return true;
                }
            }
            return false;
        }

        /** Delivers to a snapshot, skipping listeners unsubscribed by earlier ones. */
        public int publishSaved(String path) {
            if (path == null) {
                throw new IllegalArgumentException("path");
            }
            int delivered = 0;
            for (Consumer<String> s : List.copyOf(subscribers)) {
                if (isSubscribed(s)) {
                    s.accept(path);
                    delivered++;
                }
            }
            return delivered;
        }
    }

    private final MessageBus bus;
    private Map<String, Integer> saveCounts; // exists exactly while onSave is subscribed
    private final Consumer<String> onSave = path -> this.saveCounts.merge(path, 1, Integer::sum);

    public SH18ProjectIndexPlugin(MessageBus bus) {
        if (bus == null) {
            throw new IllegalArgumentException("bus");
        }
        this.bus = bus;
    }

    public void projectOpened() {
        if (saveCounts != null) {
            return;
        }
        saveCounts = new TreeMap<>();
        bus.subscribe(onSave);
    }

    public void projectClosed() {
        if (saveCounts == null) {
            return;
        }
        bus.unsubscribe(onSave);
        saveCounts = null;
    }

    public int savesOf(String path) {
        if (path == null || !bus.isSubscribed(onSave)) {
            return 0;
        }
        return saveCounts.getOrDefault(path, 0);
    }

    public String summary() {
        return bus.isSubscribed(onSave) ? saveCounts.toString() : "(no project)";
    }

    public static void main(String[] args) {
        MessageBus bus = new MessageBus();
        SH18ProjectIndexPlugin plugin = new SH18ProjectIndexPlugin(bus);
        bus.subscribe(path -> {
            if (path.endsWith("CLOSE")) {
                plugin.projectClosed(); // an earlier listener closes the project mid-dispatch
            }
        });
        // phase 1: before the map exists
        check(bus.publishSaved("A.java") == 1 && plugin.savesOf("A.java") == 0, "no project");
        check("(no project)".equals(plugin.summary()), "summary before open");
        expect(IllegalArgumentException.class, () -> bus.publishSaved(null));
        // phase 2: while it exists
        plugin.projectOpened();
        plugin.projectOpened();
        bus.publishSaved("A.java");
        bus.publishSaved("A.java");
        check(bus.publishSaved("B.java") == 2, "both listeners");
        check(plugin.savesOf("A.java") == 2 && plugin.savesOf("B.java") == 1, "counted");
        // phase 3: after it is dropped (twice)
        check(bus.publishSaved("please.CLOSE") == 1, "plugin skipped after mid-dispatch close");
        plugin.projectClosed();
        check(plugin.savesOf("A.java") == 0 && bus.publishSaved("A.java") == 1, "closed");
        // phase 4: created again
        plugin.projectOpened();
        bus.publishSaved("C.java");
        check(plugin.savesOf("C.java") == 1 && plugin.savesOf("A.java") == 0, "fresh counts");
        System.out.println("SH18ProjectIndexPlugin OK " + plugin.summary());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
