package probe28;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * Desktop UI theme manager. Individual widgets may get per-widget color
 * overrides, kept weakly so closed windows do not leak. No overrides: null map.
 */
public class H14ThemeManager {
    public static final class Widget {
        private final String id;

        public Widget(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private String baseTheme = "light";
    private WeakHashMap<Widget, String> overrides; // null until the first override
    private int lookups;

    public void setBaseTheme(String theme) {
        this.baseTheme = theme;
    }

    public void override(Widget w, String color) {
        if (overrides == null) {
            overrides = new WeakHashMap<>();
        }
        overrides.put(w, color);
    }

    public String colorOf(Widget w) {
        lookups++;
        Map<Widget, String> view = Objects.requireNonNullElse(overrides, Collections.emptyMap());
        String c = view.get(w);
        return c != null ? c : defaultColor();
    }

    private String defaultColor() {
        return baseTheme.equals("dark") ? "#202020" : "#f0f0f0";
    }

    public boolean isOverridden(Widget w) {
        Map<Widget, String> view = Objects.requireNonNullElseGet(overrides, Collections::emptyMap);
        return view.containsKey(w);
    }

    public void clearOverride(Widget w) {
        if (overrides == null) {
            return;
        }
        overrides.remove(w);
        if (overrides.isEmpty()) {
            overrides = null;
        }
    }

    public int overrideCount() {
        return overrides == null ? 0 : overrides.size();
    }

    public int lookups() {
        return lookups;
    }

    public static void main(String[] args) {
        H14ThemeManager tm = new H14ThemeManager();
        Widget ok = new Widget("okButton");
        Widget cancel = new Widget("cancelButton");
        assert tm.colorOf(ok).equals("#f0f0f0");
        assert !tm.isOverridden(ok);
        tm.clearOverride(ok);
        assert tm.overrideCount() == 0;
        tm.override(ok, "#00aa00");
        tm.override(cancel, "#aa0000");
        assert tm.colorOf(ok).equals("#00aa00");
        assert tm.isOverridden(cancel);
        tm.setBaseTheme("dark");
        tm.clearOverride(ok);
        assert tm.colorOf(ok).equals("#202020");
        assert tm.overrideCount() == 1;
        tm.clearOverride(cancel);
        assert tm.overrideCount() == 0;
        tm.clearOverride(cancel);
        assert !tm.isOverridden(cancel);
        assert tm.colorOf(cancel).equals("#202020");
        assert tm.lookups() == 4;
        System.out.println(ok.id() + " " + tm.colorOf(ok) + " " + cancel.id());
    }
}
