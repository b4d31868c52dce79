package probe20b;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.WeakHashMap;

/**
 * Decoded-image cache that trims itself when the memory monitor signals
 * pressure. {@link #dispose()} releases both maps.
 */
public class A14ImageCache {

    private static final String FILE = "A14ImageCache.java";

    /** Callback of the platform memory monitor. */
    interface MemoryListener { void onLowMemory(); }

    /** Stand-in for the platform memory monitor. */
    static final class MemoryMonitor {
        private final List<MemoryListener> listeners = new ArrayList<>();

        void add(MemoryListener l) {
            listeners.add(l);
        }

        void signal() {
            for (MemoryListener l : listeners) {
                l.onLowMemory();
            }
        }
    }

    private WeakHashMap<Object, byte[]> pixels = new WeakHashMap<>();
    private WeakHashMap<Object, byte[]> thumbs = new WeakHashMap<>();
    private boolean disposed;
    private boolean trimOnLowMemory = true;

    public A14ImageCache(MemoryMonitor monitor) {
        monitor.add(new MemoryListener() {
            @Override public void onLowMemory() {
                if (!disposed) {
                    thumbs.clear();
                }
            }
        });
        monitor.add(new MemoryListener() {
            @Override public void onLowMemory() {
                if (trimOnLowMemory) {
                    pixels.clear(); // BUG
                }
            }
        });
    }

    public void setTrimOnLowMemory(boolean trim) {
        trimOnLowMemory = trim;
    }

    public void put(Object key, byte[] data) {
        if (disposed) {
            throw new IllegalStateException("disposed");
        }
        pixels.put(key, data);
        thumbs.put(key, Arrays.copyOf(data, Math.min(data.length, 16)));
    }

    public byte[] thumbnail(Object key) {
        return disposed ? null : thumbs.get(key);
    }

    public int size() {
        return disposed ? 0 : pixels.size();
    }

    /** Bytes held by decoded images; 0 once disposed. */
    public long footprint() {
        long total = 0;
        for (byte[] b : pixels.values()) { // BUG
            total += b.length;
        }
        return disposed ? 0 : total;
    }

    public void dispose() {
        disposed = true;
        pixels = null;
        thumbs = null;
    }

    public static void main(String[] args) {
        MemoryMonitor monitor = new MemoryMonitor();
        A14ImageCache cache = new A14ImageCache(monitor);
        cache.put("logo.png", new byte[64]);
        assert cache.size() == 1 && cache.footprint() == 64 && cache.thumbnail("logo.png").length == 16;
        monitor.signal();
        assert cache.size() == 0 && cache.thumbnail("logo.png") == null;
        cache.setTrimOnLowMemory(false);
        cache.dispose();
        monitor.signal();
        assert cache.size() == 0 && cache.thumbnail("logo.png") == null;
        cache.setTrimOnLowMemory(true);
        prove(50, monitor::signal);
        prove(79, cache::footprint);
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
