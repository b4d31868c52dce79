package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Tumbling-window aggregation for an event stream, with checkpoint replay and a drainable sink buffer. */
public final class BE05StreamWindowing {

    private static final String FILE = "BE05StreamWindowing.java";

    private final long windowMillis;
    private Map<Long, Long> windows;
    private Map<String, Long> pending;
    private long drained;

    BE05StreamWindowing(long windowMillis, ExecutorService pool, List<long[]> replay)
            throws InterruptedException, ExecutionException {
        this.windowMillis = windowMillis;
        this.pending = new HashMap<>();
        if (!replay.isEmpty()) {
            Future<?> restore = pool.submit(() -> replayEvents(replay));
            restore.get();
        }
        this.windows = new ConcurrentHashMap<>();
    }

    private long bucket(long ts) {
        return ts - (ts % windowMillis);
    }

    private void replayEvents(List<long[]> events) {
        for (long[] ev : events) {
            windows.merge(bucket(ev[0]), ev[1], Long::sum);
        }
    }

    public void accept(String key, long ts, long value) {
        windows.merge(bucket(ts), 1L, Long::sum);
        pending.merge(key, value, Long::sum);
    }

    public void acceptBuffered(String key, long ts, long value) {
        windows.merge(bucket(ts), 1L, Long::sum);
        if (pending == null) {
            pending = new HashMap<>();
        }
        pending.merge(key, value, Long::sum);
    }

    public Map<String, Long> drain() {
        Map<String, Long> out = pending;
        pending = null;
        drained++;
        return out == null ? Map.of() : out;
    }

    public void openWindow() {
        pending = new HashMap<>();
    }

    public int pendingSize() {
        Map<String, Long> snapshot = pending;
        return snapshot == null ? 0 : snapshot.size();
    }

    public Map<Long, Long> closedWindows(long watermark) {
        Map<Long, Long> out = new TreeMap<>();
        for (Map.Entry<Long, Long> e : windows.entrySet()) {
            if (e.getKey() + windowMillis <= watermark) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            BE05StreamWindowing w = new BE05StreamWindowing(10L, pool, List.of());
            w.accept("clicks", 3L, 1L);
            w.accept("views", 12L, 4L);
            System.out.println("drained " + w.drain() + " pending=" + w.pendingSize());
            w.acceptBuffered("clicks", 15L, 2L);
            w.drain();
            w.openWindow();
            w.accept("clicks", 25L, 7L);
            System.out.println("closed=" + w.closedWindows(30L) + " pending=" + w.pendingSize() + " drains=" + w.drained);

            List<long[]> checkpoint = new ArrayList<>();
            checkpoint.add(new long[] {4L, 9L});
            checkpoint.add(new long[] {17L, 2L});
            try {
                new BE05StreamWindowing(10L, pool, checkpoint);
                miss(41);
            } catch (ExecutionException e) {
                expect(e.getCause(), 41);
            }
            try {
                BE05StreamWindowing sink = new BE05StreamWindowing(10L, pool, List.of());
                sink.accept("clicks", 1L, 1L);
                sink.drain();
                sink.accept("clicks", 2L, 1L);
                miss(47);
            } catch (NullPointerException e) {
                expect(e, 47);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void expect(Throwable t, int line) {
        if (!(t instanceof NullPointerException)) {
            System.out.println("NOT NPE " + t);
            return;
        }
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
