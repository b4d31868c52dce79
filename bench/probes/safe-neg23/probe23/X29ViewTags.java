package probe23;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Android-style view with keyed tags ({@code setTag(int, Object)}), used by an adapter that caches
 * per-row state on recycled views. The keyed-tag table is allocated on the first keyed tag and
 * released when the view is detached. Views are touched only on the UI thread.
 */
public final class X29ViewTags {

    static final int TAG_POSITION = 0x7f0a0001;
    static final int TAG_BOUND_ITEM = 0x7f0a0002;

    static final class View {
        final int id;
        private Object tag;
        private HashMap<Integer, Object> keyedTags;

        View(int id) {
            this.id = id;
        }

        public void setTag(Object tag) {
            this.tag = tag;
        }

        public Object getTag() {
            return tag;
        }

        public void setTag(int key, Object value) {
            if ((key >>> 24) < 2) {
                throw new IllegalArgumentException("The key must be an application-specific resource id.");
            }
            if (value == null) {
                if (keyedTags != null) {
                    keyedTags.remove(key);
                }
                return;
            }
            if (keyedTags == null) {
                keyedTags = new HashMap<>(2);
            }
            keyedTags.put(key, value);
        }

        public Object getTag(int key) {
            if (keyedTags != null) {
                return keyedTags.get(key);
            }
            return null;
        }

        void onDetachedFromWindow() {
            keyedTags = null;
            tag = null;
        }
    }

    /** Binds items to a small pool of recycled views. */
    static final class Adapter {
        private final List<String> items;

        Adapter(List<String> items) {
            this.items = items;
        }

        void bind(View view, int position) {
            Object previous = view.getTag(TAG_BOUND_ITEM);
            if (previous != null) {
                System.out.println("  view " + view.id + " recycled from " + previous);
            }
            view.setTag(TAG_POSITION, position);
            view.setTag(TAG_BOUND_ITEM, items.get(position));
            view.setTag("holder-" + view.id);
        }
    }

    public static void main(String[] args) {
        Adapter adapter = new Adapter(List.of("alpha", "beta", "gamma", "delta", "epsilon"));
        List<View> pool = new ArrayList<>(List.of(new View(1), new View(2)));
        System.out.println("unbound tag=" + pool.get(0).getTag(TAG_BOUND_ITEM));
        for (int pos = 0; pos < 5; pos++) {
            View v = pool.get(pos % pool.size());
            adapter.bind(v, pos);
            System.out.println("view " + v.id + " pos=" + v.getTag(TAG_POSITION) + " item=" + v.getTag(TAG_BOUND_ITEM));
        }
        View v = pool.get(0);
        v.setTag(TAG_POSITION, null);
        v.onDetachedFromWindow();
        v.setTag(TAG_BOUND_ITEM, null);
        System.out.println("detached: item=" + v.getTag(TAG_BOUND_ITEM) + " holder=" + v.getTag());
        try {
            v.setTag(1, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
