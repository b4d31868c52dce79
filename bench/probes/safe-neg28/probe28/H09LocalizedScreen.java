package probe28;

import java.util.Hashtable;
import java.util.Map;

/**
 * Android-style screen controller. The string table is loaded in onCreate()
 * and released in onDestroy(); every accessor falls back when it is gone.
 */
public class H09LocalizedScreen {
    private final String screenName;
    private Hashtable<String, String> strings; // alive only between onCreate and onDestroy
    private String locale = "en";
    private int renderCount;

    public H09LocalizedScreen(String screenName) {
        this.screenName = screenName;
    }

    public void onCreate(String locale) {
        this.locale = locale;
        strings = new Hashtable<>();
        if (locale.equals("de")) {
            strings.put("title", "Einstellungen");
            strings.put("save", "Speichern");
        } else {
            strings.put("title", "Settings");
            strings.put("save", "Save");
        }
    }

    public void onDestroy() {
        strings = null;
    }

    public String text(String key) {
        if (strings == null) {
            return "[" + key + "]";
        }
        String v = strings.get(key);
        return v == null ? "[" + key + "]" : v;
    }

    public void putOverride(String key, String value) {
        if (strings == null || key == null || value == null) {
            return;
        }
        strings.put(key, value);
    }

    public String render() {
        renderCount++;
        return screenName + "|" + text("title") + "|" + text("save");
    }

    public int loadedCount() {
        if (strings != null) {
            return strings.size();
        }
        return 0;
    }

    public void mergeFrom(Map<String, String> extra) {
        Hashtable<String, String> target = strings;
        if (target != null && extra != null) {
            extra.forEach((k, v) -> {
                if (k != null && v != null) {
                    target.put(k, v);
                }
            });
        }
    }

    public String locale() {
        return locale;
    }

    public int renders() {
        return renderCount;
    }

    public static void main(String[] args) {
        H09LocalizedScreen s = new H09LocalizedScreen("prefs");
        assert s.render().equals("prefs|[title]|[save]");
        s.putOverride("save", "OK");
        s.mergeFrom(Map.of("a", "b"));
        assert s.loadedCount() == 0;
        s.onCreate("de");
        assert s.render().equals("prefs|Einstellungen|Speichern");
        s.putOverride("save", "Sichern");
        s.putOverride("save", null);
        s.mergeFrom(Map.of("cancel", "Abbrechen"));
        s.mergeFrom(null);
        assert s.text("cancel").equals("Abbrechen");
        assert s.text("missing").equals("[missing]");
        assert s.loadedCount() == 3;
        s.onDestroy();
        assert s.text("title").equals("[title]");
        s.onCreate("en");
        assert s.render().equals("prefs|Settings|Save");
        s.onDestroy();
        s.onDestroy();
        assert s.loadedCount() == 0;
        assert s.renders() == 3;
        assert s.locale().equals("en");
        System.out.println(s.render());
    }
}
