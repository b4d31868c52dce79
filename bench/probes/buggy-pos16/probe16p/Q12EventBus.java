package probe16p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

public class Q12EventBus {

    static final class ConfigSource {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final List<BiConsumer<String, String>> listeners = new ArrayList<>();

        void set(String key, String value) {
            values.put(key, value);
            listeners.forEach(l -> l.accept(key, value));
        }

        void addListener(BiConsumer<String, String> listener) {
            listeners.add(listener);
            values.forEach(listener);
        }
    }

    private Map<String, List<Consumer<String>>> subscribers;
    private Map<String, Integer> deliveredCounts;

    public Q12EventBus(ConfigSource config) {
        config.addListener(this::onConfigChanged);
    }

    public void start() {
        subscribers = new HashMap<>();
        deliveredCounts = new HashMap<>();
    }

    public void subscribe(String topic, Consumer<String> handler) {
        subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
    }

    public void publish(String topic, String message) {
        for (Consumer<String> handler : subscribers.getOrDefault(topic, List.of())) { // BUG
            handler.accept(message);
            deliveredCounts.merge(topic, 1, Integer::sum);
        }
    }

    private void onConfigChanged(String key, String value) {
        publish("config." + key, value);
    }

    public int delivered(String topic) {
        return deliveredCounts.getOrDefault(topic, 0); // BUG
    }

    public static void main(String[] args) {
        ConfigSource empty = new ConfigSource();
        Q12EventBus bus = new Q12EventBus(empty);
        bus.start();
        bus.subscribe("config.log.level", v -> System.out.println("log level -> " + v));
        empty.set("log.level", "DEBUG");
        System.out.println("delivered = " + bus.delivered("config.log.level"));

        ConfigSource populated = new ConfigSource();
        populated.set("cache.ttl", "60");
        prove("bus on populated config", () -> new Q12EventBus(populated));
        prove("health check before start", () -> new Q12EventBus(new ConfigSource()).delivered("orders"));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
