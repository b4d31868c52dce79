package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Process-wide thumbnail cache that can be switched off under memory pressure. */
public final class K40ThumbnailCache {

    private static Map<Integer, String> cache;
    private static boolean enabled;
    private static int renders;

    private K40ThumbnailCache() {
    }

    private static String render(int imageId, int size) {
        renders++;
        return "thumb#" + imageId + "@" + size;
    }

    public static synchronized void enable() {
        if (!enabled) {
            cache = new HashMap<>();
            enabled = true;
        }
    }

    public static synchronized String thumbnail(int imageId) {
        if (!enabled) {
            return render(imageId, 64);
        }
        String t = cache.get(imageId);
        if (t == null) {
            t = render(imageId, 64);
            cache.put(imageId, t);
        }
        return t;
    }

    public static synchronized int cached() {
        return enabled ? cache.size() : 0;
    }

    public static synchronized int renders() {
        return renders;
    }

    /** Called by the memory monitor: frees everything and stops caching. */
    public static synchronized void onLowMemory() {
        enabled = false;
        cache = null;
    }

    public static synchronized List<Integer> cachedIds() {
        List<Integer> ids = new ArrayList<>();
        if (enabled) {
            ids.addAll(cache.keySet());
        }
        ids.sort(null);
        return ids;
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(thumbnail(1) + " cached=" + cached() + " ids=" + cachedIds());
        enable();
        enable();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            final int base = w;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    thumbnail((base + i) % 10);
                    if (i == 25 && base == 3) {
                        onLowMemory();
                        enable();
                    }
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("cached=" + cached() + " ids=" + cachedIds() + " renders>=10 " + (renders() >= 10));
        onLowMemory();
        onLowMemory();
        System.out.println(thumbnail(7) + " cached=" + cached() + " ids=" + cachedIds());
        enable();
        System.out.println(thumbnail(7) + " " + thumbnail(7) + " cached=" + cached());
        onLowMemory();
    }
}
