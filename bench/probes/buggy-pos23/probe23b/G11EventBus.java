package probe23b;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/** Event bus; setSubscribers(null) is accepted and later publish paths use the map unguarded. */
public class G11EventBus {
    private static final String FILE = "G11EventBus.java";
    private static final int L1 = 35;
    private static final int L2 = 54;

    private ConcurrentMap<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();

    /** Framework hook used by XML configuration; null means "no subscribers" to the caller. */
    public void setSubscribers(ConcurrentMap<String, List<Consumer<String>>> subscribers) {
        this.subscribers = subscribers;
    }

    public void setSubscribersChecked(ConcurrentMap<String, List<Consumer<String>>> subscribers) {
        this.subscribers = subscribers != null ? subscribers : new ConcurrentHashMap<>();
    }

    public void subscribe(String topic, Consumer<String> c) {
        if (subscribers == null) {
            subscribers = new ConcurrentHashMap<>();
        }
        subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(c);
    }

    public int publish(String topic, String event) {
        List<Consumer<String>> list = subscribers.get(topic); // BUG
        if (list == null) {
            return 0;
        }
        list.forEach(c -> c.accept(event));
        return list.size();
    }

    public int publishIfConfigured(String topic, String event) {
        Map<String, List<Consumer<String>>> m = subscribers;
        List<Consumer<String>> list = m == null ? null : m.get(topic);
        if (list == null) {
            return 0;
        }
        list.forEach(c -> c.accept(event));
        return list.size();
    }

    public Runnable publishLater(String topic, String event) {
        return () -> subscribers.getOrDefault(topic, List.of()).forEach(c -> c.accept(event)); // BUG
    }

    public Runnable publishLaterSafely(String topic, String event) {
        return () -> publishIfConfigured(topic, event);
    }

    public int topics() {
        return subscribers == null ? 0 : subscribers.size();
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        List<String> seen = new ArrayList<>();
        G11EventBus bus = new G11EventBus();
        bus.subscribe("order", seen::add);
        assert bus.publish("order", "o1") == 1;
        assert bus.publish("none", "x") == 0;
        bus.publishLater("order", "o2").run();
        assert seen.equals(List.of("o1", "o2"));
        bus.setSubscribersChecked(null);
        assert bus.topics() == 0;
        assert bus.publish("order", "o3") == 0;
        bus.setSubscribers(null);
        assert bus.publishIfConfigured("order", "o4") == 0;
        bus.publishLaterSafely("order", "o5").run();
        assert bus.topics() == 0;
        bus.subscribe("order", seen::add);
        assert bus.publish("order", "o6") == 1;
        assert seen.size() == 3;

        try {
            G11EventBus b = new G11EventBus();
            b.setSubscribers(null);
            b.publish("order", "x");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G11EventBus b = new G11EventBus();
            Runnable later = b.publishLater("order", "y");
            b.setSubscribers(null);
            later.run();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
