package probe28;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Mobile-app telemetry batcher. start() creates the pending map and only then
 * the flusher lambda, which reads the pending field when it runs. stop()
 * clears the flusher before the map. Callers test only the flusher.
 */
public class H37TelemetryBatcher {
    private final String appVersion;
    private LinkedHashMap<String, List<String>> pending; // category -> events; non-null whenever flusher is
    private Runnable flusher;
    private final List<String> uploaded = new ArrayList<>();
    private int dropped;

    public H37TelemetryBatcher(String appVersion) {
        this.appVersion = appVersion;
    }

    public void start() {
        pending = new LinkedHashMap<>();
        flusher = () -> {
            pending.forEach((cat, events) -> uploaded.add(appVersion + "/" + cat + events));
            pending.clear();
        };
    }

    public void stop() {
        flusher = null;
        pending = null;
    }

    public boolean isRunning() {
        return flusher != null;
    }

    public void track(String category, String event) {
        if (flusher == null) {
            dropped++;
            return;
        }
        pending.computeIfAbsent(category, c -> new ArrayList<>()).add(event);
    }

    public int flush() {
        Runnable f = flusher;
        if (f == null) {
            return 0;
        }
        int n = pending.values().stream().mapToInt(List::size).sum();
        f.run();
        return n;
    }

    public int queued() {
        return flusher == null ? 0 : pending.size();
    }

    public List<String> uploaded() {
        return List.copyOf(uploaded);
    }

    public int dropped() {
        return dropped;
    }

    public static void main(String[] args) {
        H37TelemetryBatcher tb = new H37TelemetryBatcher("7.1");
        tb.track("ui", "tap");
        assert tb.flush() == 0;
        assert tb.queued() == 0;
        assert !tb.isRunning();
        tb.start();
        tb.track("ui", "tap");
        tb.track("ui", "swipe");
        tb.track("net", "timeout");
        assert tb.queued() == 2;
        assert tb.flush() == 3;
        assert tb.flush() == 0;
        tb.track("ui", "scroll");
        tb.stop();
        tb.track("ui", "lost");
        assert tb.flush() == 0;
        tb.start();
        tb.track("net", "ok");
        assert tb.flush() == 1;
        tb.stop();
        tb.stop();
        assert tb.uploaded().equals(List.of("7.1/ui[tap, swipe]", "7.1/net[timeout]", "7.1/net[ok]")) : tb.uploaded();
        assert tb.dropped() == 2;
        System.out.println(tb.uploaded());
    }
}
