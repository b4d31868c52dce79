package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/** Weakly-held listener registry: owners that go away are dropped automatically. */
public class K18ListenerRegistry {

    private WeakHashMap<Object, Consumer<String>> listeners;
    private int published;

    public void subscribe(Object owner, Consumer<String> listener) {
        WeakHashMap<Object, Consumer<String>> m = this.listeners;
        if (m == null) {
            m = new WeakHashMap<>();
            this.listeners = m;
        }
        m.put(owner, listener);
    }

    public boolean unsubscribe(Object owner) {
        WeakHashMap<Object, Consumer<String>> m = this.listeners;
        if (m == null) {
            return false;
        }
        boolean removed = m.remove(owner) != null;
        if (m.isEmpty()) {
            this.listeners = null;
        }
        return removed;
    }

    public int publish(String event) {
        published++;
        Map<Object, Consumer<String>> m = this.listeners;
        if (m == null) {
            return 0;
        }
        List<Consumer<String>> snapshot = new ArrayList<>(m.values());
        for (Consumer<String> c : snapshot) {
            c.accept(event);
        }
        return snapshot.size();
    }

    public int subscriberCount() {
        Map<Object, Consumer<String>> m = listeners;
        int n = 0;
        if (m != null) {
            n = m.size();
        }
        return n;
    }

    public int published() {
        return published;
    }

    public void unsubscribeAll() {
        listeners = null;
    }

    public static void main(String[] args) {
        K18ListenerRegistry bus = new K18ListenerRegistry();
        List<String> seen = new ArrayList<>();
        System.out.println("publish to none=" + bus.publish("boot") + " count=" + bus.subscriberCount()
                + " unsub=" + bus.unsubscribe("x"));
        Object screenA = new Object();
        Object screenB = new Object();
        bus.subscribe(screenA, e -> seen.add("A:" + e));
        bus.subscribe(screenB, e -> seen.add("B:" + e));
        bus.subscribe(screenA, e -> seen.add("A2:" + e));
        System.out.println("delivered=" + bus.publish("login") + " count=" + bus.subscriberCount());
        System.out.println("unsub A=" + bus.unsubscribe(screenA) + " again=" + bus.unsubscribe(screenA));
        System.out.println("delivered=" + bus.publish("logout"));
        System.out.println("unsub B=" + bus.unsubscribe(screenB) + " count=" + bus.subscriberCount()
                + " delivered=" + bus.publish("idle"));
        bus.subscribe(screenB, e -> seen.add("B2:" + e));
        bus.unsubscribeAll();
        System.out.println("after clear delivered=" + bus.publish("shutdown") + " count=" + bus.subscriberCount()
                + " unsub=" + bus.unsubscribe(screenB));
        seen.sort(null);
        System.out.println("seen=" + seen + " published=" + bus.published());
    }
}
