package probe39;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Download manager queue. The in-flight table exists exactly in the RUNNING and PAUSED states;
 * it is created on IDLE -> RUNNING and dropped by {@link #cancelAll()}, and every method switches
 * on the state so that only the RUNNING/PAUSED arms touch it.
 *
 * <p>This class is single-threaded: the download manager's scheduler thread owns it.
 */
public final class SI12DownloadQueue {
    private enum State { IDLE, RUNNING, PAUSED }

    private State state = State.IDLE;
    private LinkedHashMap<String, Integer> inFlight; // url -> percent; non-null iff RUNNING or PAUSED

    public void start() {
        switch (state) {
            case IDLE -> {
                inFlight = new LinkedHashMap<>();
                state = State.RUNNING;
            }
            case PAUSED -> state = State.RUNNING;
            case RUNNING -> throw new IllegalStateException("already running");
        }
    }

    public void pause() {
        switch (state) {
            case RUNNING -> state = State.PAUSED;
            case IDLE, PAUSED -> throw new IllegalStateException("not running: " + state);
        }
    }

    public boolean enqueue(String url) {
        requireUrl(url);
        return switch (state) {
            case IDLE -> throw new IllegalStateException("queue is idle");
            case RUNNING, PAUSED -> inFlight.putIfAbsent(url, 0) == null;
        };
    }

    public void progress(String url, int percent) {
        requireUrl(url);
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent out of range");
        }
        switch (state) {
            case RUNNING -> {
                Integer old = inFlight.get(url);
                if (old == null) {
                    throw new IllegalArgumentException("not queued: " + url);
                }
                inFlight.put(url, Math.max(old, percent));
            }
            case PAUSED, IDLE -> throw new IllegalStateException("cannot progress while " + state);
        }
    }

    public int percent(String url) {
        requireUrl(url);
        return switch (state) {
            case IDLE -> -1;
            case RUNNING, PAUSED -> inFlight.getOrDefault(url, -1);
        };
    }

    public List<String> completed() {
        return switch (state) {
            case IDLE -> List.of();
            case RUNNING, PAUSED -> inFlight.entrySet().stream()
                    .filter(e -> e.getValue() == 100)
                    .map(Map.Entry::getKey)
                    .toList();
        };
    }

    public int cancelAll() {
        return switch (state) {
            case IDLE -> 0;
            case RUNNING, PAUSED -> {
                int n = inFlight.size();
                inFlight = null;
                state = State.IDLE;
                yield n;
            }
        };
    }

    public String state() {
        return state.name();
    }

    private static void requireUrl(String url) {
        if (url == null || !url.startsWith("http")) {
            throw new IllegalArgumentException("bad url: " + url);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI12DownloadQueue queue = new SI12DownloadQueue();
        String a = "https://cdn.test/a.iso";
        String b = "https://cdn.test/b.iso";
        check(queue.percent(a) == -1 && queue.completed().isEmpty() && queue.cancelAll() == 0, "idle");
        expect(IllegalStateException.class, () -> queue.enqueue(a));
        expect(IllegalStateException.class, () -> queue.progress(a, 5));
        expect(IllegalStateException.class, queue::pause);
        expect(IllegalArgumentException.class, () -> queue.enqueue("ftp://x"));

        queue.start();
        expect(IllegalStateException.class, queue::start);
        check(queue.enqueue(a) && queue.enqueue(b) && !queue.enqueue(a), "enqueue");
        queue.progress(a, 100);
        queue.progress(b, 40);
        queue.progress(b, 10);
        check(queue.percent(b) == 40 && queue.percent("https://other") == -1, "percent");
        expect(IllegalArgumentException.class, () -> queue.progress("https://other", 1));
        expect(IllegalArgumentException.class, () -> queue.progress(a, 101));
        queue.pause();
        expect(IllegalStateException.class, queue::pause);
        expect(IllegalStateException.class, () -> queue.progress(b, 50));
        check(queue.enqueue("https://cdn.test/c.iso"), "enqueue while paused");
        check(queue.completed().equals(List.of(a)) && queue.state().equals("PAUSED"), "completed");
        queue.start();
        queue.progress(b, 100);
        check(queue.completed().equals(List.of(a, b)), "both completed");

        check(queue.cancelAll() == 3 && queue.cancelAll() == 0, "cancel twice");
        check(queue.percent(a) == -1 && queue.state().equals("IDLE"), "idle after cancel");
        expect(IllegalStateException.class, () -> queue.enqueue(a));

        queue.start();
        check(queue.percent(a) == -1 && queue.enqueue(a) && queue.percent(a) == 0, "fresh table");
        queue.pause();
        check(queue.cancelAll() == 1, "cancel from paused");
        System.out.println("OK SI12DownloadQueue");
    }
}
