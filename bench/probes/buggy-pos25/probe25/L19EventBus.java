package probe25;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

public class L19EventBus {

    interface Subscriber {
        void onEvent(String topic, Object payload);
    }

    private IdentityHashMap<Subscriber, String> subscribers = new IdentityHashMap<>();
    private final SortedMap<Integer, String> topicPriorities;
    private final Map<String, Integer> delivered = new TreeMap<>();

    public L19EventBus(String priorityConfig) {
        this.topicPriorities = loadPriorities(priorityConfig);
    }

    private static SortedMap<Integer, String> loadPriorities(String config) {
        if (config == null || config.isBlank()) {
            return null;
        }
        SortedMap<Integer, String> m = new TreeMap<>();
        for (String part : config.split(",")) {
            String[] kv = part.split(":");
            m.put(Integer.parseInt(kv[1].trim()), kv[0].trim());
        }
        return m;
    }

    public void subscribe(Subscriber subscriber, String topic) {
        if (subscribers == null) {
            subscribers = new IdentityHashMap<>();
        }
        subscribers.put(subscriber, topic);
    }

    public void publish(String topic, Object payload) {
        for (Map.Entry<Subscriber, String> e : subscribers.entrySet()) {
            if (e.getValue().equals(topic)) {
                e.getKey().onEvent(topic, payload);
                delivered.merge(topic, 1, Integer::sum);
            }
        }
    }

    public void unregisterAll() {
        subscribers = null;
    }

    public int subscriberCount() {
        return subscribers == null ? 0 : subscribers.size();
    }

    public String topPriorityTopic() {
        return topicPriorities.isEmpty() ? null : topicPriorities.get(topicPriorities.lastKey());
    }

    public List<String> orderedTopics() {
        List<String> out = new ArrayList<>();
        if (topicPriorities != null) {
            out.addAll(topicPriorities.values());
        }
        return out;
    }

    public int priorityOf(String topic) {
        if (topicPriorities == null) {
            return 0;
        }
        for (Map.Entry<Integer, String> e : topicPriorities.entrySet()) {
            if (e.getValue().equals(topic)) {
                return e.getKey();
            }
        }
        return 0;
    }

    public Map<String, Integer> delivered() {
        return delivered;
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L19EventBus.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        L19EventBus bus = new L19EventBus("orders:10, audit:1, alerts:50");
        Subscriber audit = (t, p) -> log.add("audit " + p);
        bus.subscribe(audit, "orders");
        bus.subscribe((t, p) -> log.add("mail " + p), "orders");
        bus.subscribe((t, p) -> log.add("pager " + p), "alerts");
        bus.publish("orders", "#1001");
        bus.publish("alerts", "disk full");
        System.out.println(log.size() + " " + bus.delivered() + " top=" + bus.topPriorityTopic()
                + " order=" + bus.orderedTopics() + " p(audit)=" + bus.priorityOf("audit"));
        bus.unregisterAll();
        System.out.println("subscribers=" + bus.subscriberCount());
        bus.subscribe(audit, "orders");
        bus.publish("orders", "#1002");
        System.out.println("resubscribed=" + bus.subscriberCount() + " " + bus.delivered());

        L19EventBus quiet = new L19EventBus(null);
        quiet.publish("orders", "#1");
        System.out.println("quiet order=" + quiet.orderedTopics() + " p=" + quiet.priorityOf("orders"));
        quiet.unregisterAll();

        expectNpe(44, () -> quiet.publish("orders", "#2"));
        expectNpe(61, () -> quiet.topPriorityTopic());
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
