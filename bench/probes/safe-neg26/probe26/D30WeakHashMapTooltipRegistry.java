package probe26;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * Tooltip manager of a desktop UI toolkit. Tooltips are attached to widgets through a weak
 * table (so disposed widgets do not leak); the table is created by the first tooltip and
 * released by disposeAll().
 */
public final class D30WeakHashMapTooltipRegistry {

    /** A widget; identity semantics, like a Swing component. */
    public static final class Widget {
        private final String id;

        public Widget(String id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "Widget(" + id + ")";
        }
    }

    private WeakHashMap<Widget, String> tooltips; // null until the first tooltip, null after disposeAll()
    private final List<String> shown = new ArrayList<>();
    private int hoverDelayMs = 500;

    public void setTooltip(Widget w, String text) {
        if (w == null) {
            return;
        }
        if (text == null || text.isBlank()) {
            removeTooltip(w);
            return;
        }
        if (Objects.isNull(tooltips)) {
            tooltips = new WeakHashMap<>();
        }
        tooltips.put(w, text);
    }

    public boolean removeTooltip(Widget w) {
        if (Objects.isNull(tooltips)) {
            return false;
        }
        return tooltips.remove(w) != null;
    }

    public String tooltipFor(Widget w) {
        return Objects.nonNull(tooltips) ? tooltips.get(w) : null;
    }

    public boolean onHover(Widget w, int hoveredMs) {
        if (hoveredMs < hoverDelayMs) {
            return false;
        }
        String text = tooltipFor(w);
        if (text == null) {
            return false;
        }
        shown.add(w.id + ": " + text);
        return true;
    }

    public int tooltipCount() {
        if (Objects.isNull(tooltips)) {
            return 0;
        }
        return tooltips.size();
    }

    public List<String> describe() {
        List<String> out = new ArrayList<>();
        if (tooltips != null) {
            for (Map.Entry<Widget, String> e : tooltips.entrySet()) {
                out.add(e.getKey().id + "=" + e.getValue());
            }
        }
        out.sort(null);
        return out;
    }

    public void setHoverDelay(int ms) {
        hoverDelayMs = Math.max(0, ms);
    }

    public void disposeAll() {
        tooltips = null;
        shown.clear();
    }

    public List<String> shown() {
        return List.copyOf(shown);
    }

    public static void main(String[] args) {
        D30WeakHashMapTooltipRegistry reg = new D30WeakHashMapTooltipRegistry();
        Widget save = new Widget("save");
        Widget open = new Widget("open");
        System.out.println(reg.tooltipFor(save) + " " + reg.tooltipCount() + " " + reg.removeTooltip(save) + " " + reg.describe()
                + " " + reg.onHover(save, 900));
        reg.setTooltip(save, "Save the document");
        reg.setTooltip(open, "Open a file");
        reg.setHoverDelay(300);
        System.out.println(reg.onHover(save, 100) + " " + reg.onHover(save, 400) + " " + reg.describe() + " " + reg.tooltipCount());
        reg.setTooltip(open, " ");
        System.out.println(reg.tooltipFor(open) + " " + reg.removeTooltip(open) + " " + reg.shown());
        reg.disposeAll();
        reg.setTooltip(open, "");
        System.out.println(reg.tooltipCount() + " " + reg.describe() + " " + reg.onHover(save, 1000) + " " + save);
    }
}
