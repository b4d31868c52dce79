package probe22b;

import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/** UI-thread event bus; listeners are keyed by their owning component so that dead components drop out. */
public class E17EventBus {

    private static final String FILE = "E17EventBus.java";

    public record Event(String type, String payload) {}

    private WeakHashMap<Object, List<Consumer<Event>>> listeners = new WeakHashMap<>();
    private boolean disposed;

    public void subscribe(Object owner, Consumer<Event> handler) {
        if (disposed) {
            return;
        }
        listeners.computeIfAbsent(owner, k -> new ArrayList<>()).add(handler);
    }

    /** The owner's registrations are removed after the first delivery. */
    public void subscribeOnce(Object owner, Consumer<Event> handler) {
        subscribe(owner, new Consumer<Event>() {
            private boolean fired;

            @Override
            public void accept(Event e) {
                if (fired) {
                    return;
                }
                fired = true;
                handler.accept(e);
                listeners.remove(owner); // BUG
            }
        });
    }

    public int publish(Event e) {
        if (disposed) {
            return 0;
        }
        List<Consumer<Event>> snapshot = new ArrayList<>();
        for (List<Consumer<Event>> l : listeners.values()) {
            snapshot.addAll(l);
        }
        for (Consumer<Event> c : snapshot) {
            c.accept(e);
        }
        return snapshot.size();
    }

    /** Called from a component's close(), which may run after the application shut the bus down. */
    public void unsubscribe(Object owner) {
        listeners.remove(owner); // BUG
    }

    public void dispose() {
        disposed = true;
        listeners = null;
    }

    public int ownerCount() {
        return listeners == null ? 0 : listeners.size();
    }

    public static void main(String[] args) {
        E17EventBus bus = new E17EventBus();
        Object toolbar = new Object();
        Object dialog = new Object();
        List<String> seen = new ArrayList<>();
        bus.subscribe(toolbar, e -> seen.add("toolbar:" + e.type()));
        bus.subscribeOnce(dialog, e -> seen.add("dialog:" + e.type()));
        assert bus.publish(new Event("save", "")) == 2 && bus.ownerCount() == 1;
        assert bus.publish(new Event("save", "")) == 1 && seen.size() == 3;
        bus.unsubscribe(toolbar);
        assert bus.ownerCount() == 0;
        E17EventBus appBus = new E17EventBus();
        Object app = new Object();
        appBus.subscribeOnce(app, e -> appBus.dispose());
        Object editor = new Object();

        prove(37, () -> appBus.publish(new Event("shutdown", "")));
        prove(58, () -> appBus.unsubscribe(editor));
        assert appBus.publish(new Event("late", "")) == 0 && appBus.ownerCount() == 0;
        appBus.subscribe(app, e -> seen.add("never"));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
