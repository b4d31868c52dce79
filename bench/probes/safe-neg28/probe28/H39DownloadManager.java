package probe28;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Download manager state machine. The per-file progress map exists in every
 * state except IDLE; each state-dependent method switches on the state and
 * touches the map only in the non-IDLE arms.
 */
public class H39DownloadManager {
    public enum State { IDLE, RUNNING, PAUSED, DONE }

    private State state = State.IDLE;
    private LinkedHashMap<String, Long> progress; // file -> bytes; null exactly when IDLE
    private final long chunk;
    private int sessions;

    public H39DownloadManager(long chunk) {
        this.chunk = chunk;
    }

    public void start(List<String> files) {
        if (state != State.IDLE) {
            throw new IllegalStateException("already " + state);
        }
        LinkedHashMap<String, Long> fresh = new LinkedHashMap<>();
        for (String f : files) {
            fresh.put(f, 0L);
        }
        progress = fresh;
        state = State.RUNNING;
        sessions++;
    }

    public void tick(long fileSize) {
        switch (state) {
            case RUNNING -> {
                progress.replaceAll((f, b) -> Math.min(fileSize, b + chunk));
                if (progress.values().stream().allMatch(b -> b >= fileSize)) {
                    state = State.DONE;
                }
            }
            case IDLE, PAUSED, DONE -> { }
        }
    }

    public void togglePause() {
        state = switch (state) {
            case RUNNING -> State.PAUSED;
            case PAUSED -> State.RUNNING;
            case IDLE, DONE -> state;
        };
    }

    public long bytes(String file) {
        return switch (state) {
            case IDLE -> 0L;
            case RUNNING, PAUSED, DONE -> progress.getOrDefault(file, 0L);
        };
    }

    public int fileCount() {
        return state == State.IDLE ? 0 : progress.size();
    }

    public void reset() {
        state = State.IDLE;
        progress = null;
    }

    public State state() {
        return state;
    }

    public static void main(String[] args) {
        H39DownloadManager dm = new H39DownloadManager(40);
        assert dm.bytes("a.iso") == 0;
        assert dm.fileCount() == 0;
        dm.tick(100);
        dm.togglePause();
        assert dm.state() == State.IDLE;
        dm.start(List.of("a.iso", "b.iso"));
        dm.tick(100);
        assert dm.bytes("a.iso") == 40;
        dm.togglePause();
        dm.tick(100);
        assert dm.bytes("b.iso") == 40;
        dm.togglePause();
        dm.tick(100);
        dm.tick(100);
        assert dm.state() == State.DONE;
        assert dm.bytes("b.iso") == 100;
        assert dm.fileCount() == 2;
        boolean refused = false;
        try {
            dm.start(List.of("c.iso"));
        } catch (IllegalStateException e) {
            refused = true;
        }
        assert refused;
        dm.reset();
        assert dm.bytes("a.iso") == 0;
        dm.start(List.of());
        dm.tick(10);
        assert dm.state() == State.DONE;
        assert dm.fileCount() == 0;
        System.out.println("state=" + dm.state() + " sessions=" + dm.sessions);
    }
}
