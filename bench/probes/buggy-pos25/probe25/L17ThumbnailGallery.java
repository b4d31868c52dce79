package probe25;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

public class L17ThumbnailGallery {

    static final int TRIM_MEMORY_UI_HIDDEN = 20;
    static final int TRIM_MEMORY_COMPLETE = 80;

    private WeakHashMap<String, byte[]> thumbnails = new WeakHashMap<>();
    private Map<String, int[]> decoded = new HashMap<>();
    private final Map<String, String> urls = new LinkedHashMap<>();
    private int fetches;

    public void addImage(String key, String url) {
        urls.put(key, url);
    }

    private byte[] fetch(String key) {
        fetches++;
        String url = urls.getOrDefault(key, "about:blank");
        return url.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private int[] decode(byte[] data) {
        int[] px = new int[Math.min(4, data.length)];
        for (int i = 0; i < px.length; i++) {
            px[i] = data[i] & 0xff;
        }
        return px;
    }

    private WeakHashMap<String, byte[]> thumbs() {
        if (thumbnails == null) {
            thumbnails = new WeakHashMap<>();
        }
        return thumbnails;
    }

    public byte[] getThumbnail(String key) {
        return thumbs().computeIfAbsent(key, this::fetch);
    }

    public void prefetch(List<String> keys) {
        for (String k : keys) {
            thumbnails.putIfAbsent(k, fetch(k));
        }
    }

    public int[] pixels(String key) {
        if (decoded == null) {
            decoded = new HashMap<>();
        }
        return decoded.computeIfAbsent(key, k -> decode(getThumbnail(k)));
    }

    public void onLowMemory() {
        thumbnails = null;
    }

    public void onTrimMemory(int level) {
        switch (level) {
            case TRIM_MEMORY_COMPLETE:
                decoded = null;
                thumbnails = null;
                break;
            case TRIM_MEMORY_UI_HIDDEN:
                if (decoded != null) {
                    decoded.clear();
                }
                break;
            default:
                break;
        }
    }

    public String stats() {
        return "decoded=" + decoded.size() + " urls=" + urls.size() + " fetches=" + fetches;
    }

    public boolean isCached(String key) {
        return thumbnails != null && thumbnails.containsKey(key);
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L17ThumbnailGallery.java";
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
        L17ThumbnailGallery gallery = new L17ThumbnailGallery();
        gallery.addImage("cat", "https://img.example/cat.png");
        gallery.addImage("dog", "https://img.example/dog.png");
        gallery.prefetch(List.of("cat"));
        System.out.println("cat px0=" + gallery.pixels("cat")[0] + " dog cached=" + gallery.isCached("dog")
                + " " + gallery.stats());
        gallery.onTrimMemory(TRIM_MEMORY_UI_HIDDEN);
        gallery.onLowMemory();
        System.out.println("after low memory cached=" + gallery.isCached("cat") + " len="
                + gallery.getThumbnail("dog").length + " " + gallery.stats());
        gallery.onTrimMemory(TRIM_MEMORY_COMPLETE);
        gallery.onTrimMemory(TRIM_MEMORY_UI_HIDDEN);
        gallery.onTrimMemory(5);
        System.out.println("after trim px=" + gallery.pixels("dog").length + " cached=" + gallery.isCached("dog"));

        L17ThumbnailGallery background = new L17ThumbnailGallery();
        background.addImage("map", "https://img.example/map.png");
        background.onLowMemory();
        background.onTrimMemory(TRIM_MEMORY_COMPLETE);

        expectNpe(50, () -> background.prefetch(List.of("map")));
        expectNpe(82, () -> background.stats());
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
