package probe22b;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Android-style screen that shows thumbnails fetched asynchronously by an image loader. */
public class E07GalleryActivity {

    private static final String FILE = "E07GalleryActivity.java";
    private static final int MAX_THUMBNAILS = 3;

    public interface ImageLoader {
        void load(String url, BiConsumer<String, byte[]> callback);
    }

    private final ImageLoader loader;
    private LinkedHashMap<String, byte[]> thumbnails;
    private final List<String> pendingUrls = new ArrayList<>();
    private boolean resumed;

    public E07GalleryActivity(ImageLoader loader) {
        this.loader = loader;
    }

    public void onCreate(List<String> urls) {
        thumbnails = new LinkedHashMap<>(16, 0.75f, true);
        for (String url : urls) {
            pendingUrls.add(url);
            loader.load(url, this::onThumbnailLoaded);
        }
    }

    /** Loader callback; delivered on the main thread whenever the download completes. */
    void onThumbnailLoaded(String url, byte[] bytes) {
        pendingUrls.remove(url);
        thumbnails.put(url, bytes); // BUG
        if (thumbnails.size() > MAX_THUMBNAILS) {
            String eldest = thumbnails.keySet().iterator().next();
            thumbnails.remove(eldest);
        }
    }

    public void onResume() {
        resumed = true;
    }

    public void onPause() {
        resumed = false;
    }

    /** The system may deliver this at any time, including after onDestroy. */
    public void onTrimMemory() {
        thumbnails.clear(); // BUG
    }

    public void onDestroy() {
        thumbnails = null;
        pendingUrls.clear();
    }

    public int visibleCount() {
        return thumbnails == null ? 0 : thumbnails.size();
    }

    public byte[] thumbnail(String url) {
        Map<String, byte[]> t = thumbnails;
        return t != null ? t.get(url) : null;
    }

    public boolean isResumed() {
        return resumed;
    }

    public static void main(String[] args) {
        List<Runnable> inFlight = new ArrayList<>();
        ImageLoader deferred = (url, cb) -> inFlight.add(() -> cb.accept(url, new byte[] {1, 2}));
        E07GalleryActivity screen = new E07GalleryActivity(deferred);
        assert screen.visibleCount() == 0 && screen.thumbnail("a") == null;
        screen.onCreate(List.of("a", "b", "c", "d"));
        screen.onResume();
        for (Runnable r : inFlight) {
            r.run();
        }
        inFlight.clear();
        assert screen.visibleCount() == 3 && screen.thumbnail("a") == null && screen.thumbnail("d") != null;
        screen.onTrimMemory();
        screen.onCreate(List.of("e"));
        screen.onPause();
        screen.onDestroy();
        assert !screen.isResumed() && screen.visibleCount() == 0;

        prove(39, inFlight.get(0));
        prove(56, screen::onTrimMemory);
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
