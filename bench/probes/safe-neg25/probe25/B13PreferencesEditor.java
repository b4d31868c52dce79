package probe25;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Android SharedPreferences-style store with a batched editor. The editor
 * collects modifications in a map that exists only between the first change
 * and commit() / abandon().
 */
public class B13PreferencesEditor {
    private final String fileName;
    private final Map<String, Object> stored = new TreeMap<>();
    private Map<String, Object> modified;   // pending edits; null when there are none
    private boolean clearRequested;
    private final Set<Consumer<String>> listeners = new LinkedHashSet<>();
    private int commits;

    private static final Object REMOVED = new Object();

    public B13PreferencesEditor(String fileName) {
        this.fileName = fileName;
    }

    private Map<String, Object> modifications() {
        if (modified == null) {
            modified = new HashMap<>();
        }
        return modified;
    }

    public B13PreferencesEditor putString(String key, String value) {
        modifications().put(key, value == null ? REMOVED : value);
        return this;
    }

    public B13PreferencesEditor putInt(String key, int value) {
        modifications().put(key, value);
        return this;
    }

    public B13PreferencesEditor remove(String key) {
        modifications().put(key, REMOVED);
        return this;
    }

    public B13PreferencesEditor clear() {
        clearRequested = true;
        return this;
    }

    public boolean hasPendingChanges() {
        return clearRequested || (modified != null && !modified.isEmpty());
    }

    public void abandon() {
        modified = null;
        clearRequested = false;
    }

    public boolean commit() {
        Map<String, Object> edits = modified;
        boolean clear = clearRequested;
        modified = null;
        clearRequested = false;
        if (!clear && edits == null) {
            return false;
        }
        if (clear) {
            stored.clear();
        }
        Set<String> changedKeys = new LinkedHashSet<>();
        if (edits != null) {
            for (Map.Entry<String, Object> e : edits.entrySet()) {
                Object old = e.getValue() == REMOVED ? stored.remove(e.getKey()) : stored.put(e.getKey(), e.getValue());
                if (old != e.getValue()) {
                    changedKeys.add(e.getKey());
                }
            }
        }
        commits++;
        for (String key : changedKeys) {
            for (Consumer<String> l : Set.copyOf(listeners)) {
                l.accept(key);
            }
        }
        return true;
    }

    public String getString(String key, String def) {
        return stored.get(key) instanceof String s ? s : def;
    }

    public int getInt(String key, int def) {
        return stored.get(key) instanceof Integer i ? i : def;
    }

    public void registerOnChangeListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public String toString() {
        return fileName + stored + " commits=" + commits + " pending=" + (modified == null ? 0 : modified.size());
    }

    public static void main(String[] args) {
        B13PreferencesEditor prefs = new B13PreferencesEditor("settings.xml");
        System.out.println(prefs.hasPendingChanges() + " " + prefs.commit() + " " + prefs);
        prefs.registerOnChangeListener(k -> System.out.println("changed: " + k));
        prefs.registerOnChangeListener(k -> {
            if (k.equals("theme")) {
                prefs.putInt("themeChanges", prefs.getInt("themeChanges", 0) + 1); // edit from a listener
            }
        });
        prefs.putString("theme", "dark").putInt("fontSize", 14).remove("legacy");
        System.out.println(prefs.hasPendingChanges() + " " + prefs);
        System.out.println(prefs.commit() + " " + prefs);
        System.out.println(prefs.commit() + " " + prefs.getInt("themeChanges", 0));
        prefs.putString("theme", null).abandon();
        System.out.println(prefs.hasPendingChanges() + " " + prefs.getString("theme", "light"));
        prefs.clear();
        System.out.println(prefs.hasPendingChanges() + " " + prefs.commit() + " " + prefs);
    }
}
