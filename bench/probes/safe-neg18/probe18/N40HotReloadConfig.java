package probe18;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Configuration that refreshes itself from published text on every scheduler tick while started. */
public final class N40HotReloadConfig {
    private final List<Runnable> tickTasks = new ArrayList<>();
    private Map<String, String> values;
    private Runnable refreshTask;
    private String publishedText = "";
    private int reloads;

    private static Map<String, String> parse(String text) {
        Map<String, String> out = new HashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return out;
    }

    public void publish(String text) {
        publishedText = text == null ? "" : text;
    }

    public void start() {
        if (refreshTask != null) {
            return;
        }
        values = parse(publishedText);
        refreshTask = () -> {
            Map<String, String> fresh = parse(publishedText);
            values.clear();
            values.putAll(fresh);
            reloads++;
        };
        tickTasks.add(refreshTask);
    }

    public void tick() {
        for (Runnable task : List.copyOf(tickTasks)) {
            task.run();
        }
    }

    public String get(String key) {
        return refreshTask == null ? null : values.get(key);
    }

    public void stop() {
        if (refreshTask == null) {
            return;
        }
        tickTasks.remove(refreshTask);
        refreshTask = null;
        values = null;
    }

    public static void main(String[] args) {
        N40HotReloadConfig cfg = new N40HotReloadConfig();
        cfg.tick();
        cfg.stop();
        System.out.println("before start: " + cfg.get("mode"));
        cfg.publish("mode=blue; replicas=3");
        cfg.start();
        cfg.start();
        System.out.println(cfg.get("mode") + " " + cfg.get("replicas"));
        cfg.publish("mode=green");
        cfg.tick();
        System.out.println(cfg.get("mode") + " " + cfg.get("replicas") + " reloads=" + cfg.reloads);
        cfg.stop();
        cfg.publish(null);
        cfg.tick();
        System.out.println("stopped: " + cfg.get("mode"));
        cfg.start();
        cfg.tick();
        System.out.println("restarted empty: " + cfg.get("mode") + " reloads=" + cfg.reloads);
    }
}
