package probe22;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Android-style view recycler with debug-only bookkeeping. The debug map is allocated only when the
 * compile-time constant {@code DEBUG} is true, and every use sits behind {@code if (DEBUG)}. With
 * {@code DEBUG == false} the map field is always null.
 */
public class W33DebugTracker {

    /** Used on the UI thread only. */
    public static final class ViewRecycler {
        private static final boolean DEBUG = false;

        private final Map<String, Deque<String>> scrap = new HashMap<>();
        private final Map<String, Integer> debugCreations; // debug builds only, null otherwise
        private int created;

        public ViewRecycler() {
            debugCreations = DEBUG ? new HashMap<>() : null;
        }

        public String obtain(String type) {
            Deque<String> pool = scrap.get(type);
            if (pool != null && !pool.isEmpty()) {
                return pool.pop();
            }
            String view = type + "#" + (++created);
            if (DEBUG) {
                debugCreations.merge(type, 1, Integer::sum);
            }
            return view;
        }

        public void recycle(String type, String view) {
            scrap.computeIfAbsent(type, t -> new ArrayDeque<>()).push(view);
            if (DEBUG && debugCreations.getOrDefault(type, 0) > 50) {
                System.out.println("too many " + type + " views created");
            }
        }

        public String dumpDebugInfo() {
            if (!DEBUG) {
                return "debug info unavailable (created=" + created + ")";
            }
            return "created per type: " + debugCreations;
        }

        public int scrapSize() {
            int n = 0;
            for (Deque<String> d : scrap.values()) {
                n += d.size();
            }
            return n;
        }
    }

    public static void main(String[] args) {
        ViewRecycler r = new ViewRecycler();
        String a = r.obtain("TextView");
        String b = r.obtain("TextView");
        String c = r.obtain("ImageView");
        r.recycle("TextView", a);
        r.recycle("ImageView", c);
        String again = r.obtain("TextView");
        System.out.println(a + " " + b + " " + c + " reused=" + again + " scrap=" + r.scrapSize());
        System.out.println(r.dumpDebugInfo());
    }
}
