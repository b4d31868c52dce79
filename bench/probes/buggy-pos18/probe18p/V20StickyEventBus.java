package probe18p;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Greenrobot-EventBus-like bus that replays sticky events to subscribers on registration. */
public class V20StickyEventBus {

    enum Topic { CONNECTIVITY, BATTERY, LOCATION }

    record Event(Topic topic, String payload) {
    }

    private final Map<Topic, Event> sticky = new EnumMap<>(Topic.class);
    private final List<Consumer<Event>> subscribers = new ArrayList<>();
    private Map<Topic, List<Event>> pending = new HashMap<>();

    public void postSticky(Event e) {
        sticky.put(e.topic(), e);
        subscribers.forEach(s -> s.accept(e));
    }

    public void register(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
        for (Event e : sticky.values()) {
            subscriber.accept(e);
        }
    }

    public void postLater(Event e) {
        synchronized (this) {
            if (pending == null) {
                throw new IllegalStateException("bus shut down");
            }
            pending.computeIfAbsent(e.topic(), t -> new ArrayList<>()).add(e);
        }
    }

    public int flush() {
        List<Event> batch = new ArrayList<>();
        synchronized (pending) { // BUG
            pending.values().forEach(batch::addAll);
            pending.clear();
        }
        batch.forEach(e -> subscribers.forEach(s -> s.accept(e)));
        return batch.size();
    }

    public void shutdown() {
        synchronized (this) {
            pending = null;
        }
        subscribers.clear();
    }

    /** Status-bar widget that counts events per topic. */
    static final class StatusWidget {
        private EnumMap<Topic, Integer> counts;
        private final List<String> shown = new ArrayList<>();

        static StatusWidget attach(V20StickyEventBus bus) {
            StatusWidget w = new StatusWidget();
            bus.register(w::onEvent);
            w.counts = new EnumMap<>(Topic.class);
            return w;
        }

        void onEvent(Event e) {
            counts.merge(e.topic(), 1, Integer::sum); // BUG
            shown.add(e.payload());
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V20StickyEventBus.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V20StickyEventBus.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        V20StickyEventBus bus = new V20StickyEventBus();
        StatusWidget w = StatusWidget.attach(bus);
        bus.postSticky(new Event(Topic.BATTERY, "82%"));
        bus.postLater(new Event(Topic.LOCATION, "52.5,13.4"));
        System.out.println("flushed " + bus.flush() + " " + w.counts + " " + w.shown);
        bus.shutdown();

        prove(45, () -> {
            V20StickyEventBus b = new V20StickyEventBus();
            b.postLater(new Event(Topic.CONNECTIVITY, "wifi"));
            b.shutdown();
            b.flush(); // a pending UI frame callback still flushes
        });
        prove(73, () -> {
            V20StickyEventBus b = new V20StickyEventBus();
            b.postSticky(new Event(Topic.CONNECTIVITY, "offline"));
            StatusWidget.attach(b); // sticky event is replayed before counts exists
        });
    }
}
