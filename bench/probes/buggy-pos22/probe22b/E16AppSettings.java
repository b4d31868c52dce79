package probe22b;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/** Application settings for one profile; the settings dialog edits a snapshot copy. */
public class E16AppSettings {

    private static final String FILE = "E16AppSettings.java";

    private final String profile;
    private Properties values;

    public E16AppSettings(String profile, Properties defaults) {
        this.profile = profile;
        this.values = new Properties();
        this.values.putAll(defaults);
    }

    /** Snapshot so that "Cancel" in the dialog can throw the edits away. */
    public E16AppSettings(E16AppSettings other) {
        this.profile = other.profile;
        if (other.values != null && !other.values.isEmpty()) {
            this.values = new Properties();
            this.values.putAll(other.values);
        }
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback); // BUG
    }

    public void set(String key, String value) {
        values.setProperty(key, value); // BUG
    }

    public int size() {
        return values == null ? 0 : values.size();
    }

    public List<String> keys() {
        List<String> out = new ArrayList<>();
        if (values != null) {
            out.addAll(values.stringPropertyNames());
        }
        Collections.sort(out);
        return out;
    }

    /** "OK" in the dialog: copy the edited snapshot back. */
    public void applyTo(E16AppSettings target) {
        if (values == null) {
            return;
        }
        for (String key : values.stringPropertyNames()) {
            target.set(key, values.getProperty(key));
        }
    }

    public String profile() {
        return profile;
    }

    public static void main(String[] args) {
        Properties defaults = new Properties();
        defaults.setProperty("theme", "dark");
        defaults.setProperty("autosave", "true");
        E16AppSettings live = new E16AppSettings("work", defaults);
        E16AppSettings draft = new E16AppSettings(live);
        draft.set("theme", "light");
        assert live.get("theme", "?").equals("dark") && draft.get("theme", "?").equals("light");
        draft.applyTo(live);
        assert live.get("theme", "?").equals("light") && live.keys().equals(List.of("autosave", "theme"));
        E16AppSettings fresh = new E16AppSettings("home", new Properties());
        E16AppSettings freshDraft = new E16AppSettings(fresh);
        freshDraft.applyTo(live);
        assert freshDraft.size() == 0 && freshDraft.keys().isEmpty() && freshDraft.profile().equals("home");

        prove(32, () -> freshDraft.get("theme", "dark"));
        prove(36, () -> freshDraft.set("theme", "light"));
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
