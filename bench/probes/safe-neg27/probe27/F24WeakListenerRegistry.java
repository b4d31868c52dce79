package probe27;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/** Bean-property change support that holds listeners weakly (as IDE/UI frameworks do to avoid leaks). */
public final class F24WeakListenerRegistry {
    public interface Listener { void changed(String property, Object newValue); }

    private static final String ALL = "*";

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private WeakHashMap<Listener, String> listeners; // null until the first listener, and after dispose()
    private boolean disposed;
    private int notifications;

    public void addListener(Listener listener, String property) {
        if (disposed) throw new IllegalStateException("registry disposed");
        if (listeners == null) listeners = new WeakHashMap<>();
        listeners.put(listener, property == null ? ALL : property);
    }

    public boolean removeListener(Listener listener) {
        if (listeners == null) return false;
        boolean removed = listeners.remove(listener) != null;
        if (listeners.isEmpty()) listeners = null;
        return removed;
    }

    private int fire(String property, Object value) {
        WeakHashMap<Listener, String> ls = listeners;
        if (ls == null) return 0;
        List<Listener> targets = new ArrayList<>();
        for (Map.Entry<Listener, String> e : ls.entrySet()) {
            if (e.getValue().equals(ALL) || e.getValue().equals(property)) targets.add(e.getKey());
        }
        targets.forEach(l -> l.changed(property, value)); // listeners may remove themselves
        notifications += targets.size();
        return targets.size();
    }

    public int setProperty(String name, Object value) {
        if (disposed) throw new IllegalStateException("registry disposed");
        Object old = properties.put(name, value);
        return Objects.equals(old, value) ? 0 : fire(name, value);
    }

    public Object getProperty(String name) { return properties.get(name); }

    public int listenerCount() { return listeners == null ? 0 : listeners.size(); }

    public int notifications() { return notifications; }

    public void dispose() {
        disposed = true;
        listeners = null;
    }

    public static void main(String[] args) {
        F24WeakListenerRegistry reg = new F24WeakListenerRegistry();
        assert reg.listenerCount() == 0 && !reg.removeListener((p, v) -> { });
        assert reg.setProperty("title", "Untitled") == 0;

        List<String> seen = new ArrayList<>();
        Listener titleOnly = (p, v) -> seen.add("title=" + v);
        Listener everything = (p, v) -> seen.add("any:" + p);
        reg.addListener(titleOnly, "title");
        reg.addListener(everything, null);
        assert reg.listenerCount() == 2;
        assert reg.setProperty("title", "Report") == 2;
        assert reg.setProperty("title", "Report") == 0 : "unchanged values do not fire";
        assert reg.setProperty("dirty", true) == 1;
        assert seen.size() == 3 && seen.contains("title=Report") && seen.contains("any:title") && seen.contains("any:dirty");

        Listener[] self = new Listener[1];
        self[0] = (p, v) -> reg.removeListener(self[0]);
        reg.addListener(self[0], "dirty");
        assert reg.setProperty("dirty", false) == 2 && reg.listenerCount() == 2;
        assert reg.removeListener(titleOnly) && reg.removeListener(everything) && !reg.removeListener(everything);
        assert reg.listenerCount() == 0 && reg.setProperty("title", "Final") == 0;
        assert reg.notifications() == 5 && "Final".equals(reg.getProperty("title"));

        reg.addListener(titleOnly, "title");
        reg.dispose();
        assert reg.listenerCount() == 0 && !reg.removeListener(titleOnly);
        boolean refused = false;
        try { reg.addListener(everything, null); } catch (IllegalStateException expected) { refused = true; }
        assert refused;
        boolean frozen = false;
        try { reg.setProperty("title", "x"); } catch (IllegalStateException expected) { frozen = true; }
        assert frozen;
        System.out.println("F24 ok");
    }
}
