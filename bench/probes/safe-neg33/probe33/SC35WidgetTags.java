package probe33;

import java.util.HashMap;
import java.util.Map;

/**
 * A UI widget with keyed tags, modelled on android.view.View: state is packed into an
 * int of private flags, and the keyed-tag map exists exactly when PFLAG_HAS_KEYED_TAGS is
 * set. Other flag updates use masked bit operations that leave that bit alone.
 */
public class SC35WidgetTags {

    private static final int PFLAG_VISIBLE = 1;
    private static final int PFLAG_DIRTY = 1 << 1;
    private static final int PFLAG_FOCUSED = 1 << 2;
    private static final int PFLAG_HAS_KEYED_TAGS = 1 << 3;

    private int privateFlags = PFLAG_VISIBLE;
    private Map<Integer, Object> keyedTags;

    public void setTag(int key, Object tag) {
        if ((key >>> 24) < 2) {
            throw new IllegalArgumentException("The key must be an application-specific resource id.");
        }
        if ((privateFlags & PFLAG_HAS_KEYED_TAGS) == 0) {
            keyedTags = new HashMap<>(2);
            privateFlags |= PFLAG_HAS_KEYED_TAGS;
        }
        keyedTags.put(key, tag);
        privateFlags |= PFLAG_DIRTY;
    }

    public Object getTag(int key) {
        return (privateFlags & PFLAG_HAS_KEYED_TAGS) != 0 ? keyedTags.get(key) : null;
    }

    public void setVisible(boolean visible) {
        privateFlags = visible ? privateFlags | PFLAG_VISIBLE : privateFlags & ~PFLAG_VISIBLE;
        privateFlags |= PFLAG_DIRTY;
    }

    public void setFocused(boolean focused) {
        privateFlags ^= (focused == ((privateFlags & PFLAG_FOCUSED) != 0)) ? 0 : PFLAG_FOCUSED;
    }

    public boolean draw() {
        boolean wasDirty = (privateFlags & PFLAG_DIRTY) != 0;
        privateFlags &= ~PFLAG_DIRTY;
        return wasDirty;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder("Widget{");
        sb.append((privateFlags & PFLAG_VISIBLE) != 0 ? 'V' : '.');
        sb.append((privateFlags & PFLAG_FOCUSED) != 0 ? 'F' : '.');
        sb.append((privateFlags & PFLAG_DIRTY) != 0 ? 'D' : '.');
        if ((privateFlags & PFLAG_HAS_KEYED_TAGS) != 0) {
            sb.append(" tags=").append(keyedTags.size());
        }
        return sb.append('}').toString();
    }

    /** Returns the widget to the recycler pool: flags back to defaults, tags released. */
    public void recycle() {
        privateFlags = PFLAG_VISIBLE;
        keyedTags = null;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static final int ID_MODEL = 0x7f0a0001;
    private static final int ID_HOLDER = 0x7f0a0002;

    private static void untagged(SC35WidgetTags w) {
        check(w.getTag(ID_MODEL) == null, "no tag");
        w.setFocused(true);
        w.setVisible(false);
        check(w.describe().equals("Widget{.FD}"), w.describe());
        check(w.draw() && !w.draw(), "draw clears dirty");
        w.setFocused(false);
        w.setVisible(true);
        check(w.describe().equals("Widget{V.D}"), w.describe());
        try {
            w.setTag(42, "bad");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        SC35WidgetTags w = new SC35WidgetTags();
        w.recycle();
        untagged(w);

        w.setTag(ID_MODEL, "item #1");
        w.setTag(ID_HOLDER, 17);
        w.setFocused(true);
        w.setFocused(true);
        w.setVisible(false);
        check(w.draw(), "dirty after tag");
        check("item #1".equals(w.getTag(ID_MODEL)) && Integer.valueOf(17).equals(w.getTag(ID_HOLDER)), "tags");
        check(w.describe().equals("Widget{.F. tags=2}"), w.describe());

        for (int i = 0; i < 2; i++) {
            w.recycle();
            untagged(w);
        }
        w.setTag(ID_HOLDER, "again");
        check("again".equals(w.getTag(ID_HOLDER)) && w.getTag(ID_MODEL) == null, "retagged");
        check(w.describe().equals("Widget{V.D tags=1}"), w.describe());
        System.out.println("SC35 ok");
    }
}
