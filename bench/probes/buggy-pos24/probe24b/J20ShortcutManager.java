package probe24b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class J20ShortcutManager {

    private static final Map<String, Map<String, String>> PROFILES = new HashMap<>();

    static {
        PROFILES.put("default", Map.of("ctrl+s", "save", "ctrl+o", "open", "ctrl+q", "quit"));
        PROFILES.put("emacs", Map.of("ctrl+x ctrl+s", "save", "ctrl+x ctrl+f", "open", "ctrl+x ctrl+c", "quit"));
    }

    private final String profile;
    private final Map<String, String> bindings;
    private final Map<String, String> userOverrides = new LinkedHashMap<>();

    private J20ShortcutManager(String profile, Map<String, String> bindings) {
        this.profile = profile;
        this.bindings = bindings;
    }

    static J20ShortcutManager forProfile(String name) {
        return new J20ShortcutManager(name, PROFILES.get(name));
    }

    static J20ShortcutManager forProfileOrDefault(String name) {
        return new J20ShortcutManager(name, PROFILES.getOrDefault(name, PROFILES.get("default")));
    }

    void override(String chord, String action) {
        userOverrides.put(chord, action);
    }

    String resolve(String chord) {
        String user = userOverrides.get(chord);
        if (user != null) {
            return user;
        }
        return bindings.get(chord); // BUG
    }

    String resolveOrNull(String chord) {
        String user = userOverrides.get(chord);
        if (user != null || bindings == null) {
            return user;
        }
        return bindings.get(chord);
    }

    boolean isBound(String chord) {
        return userOverrides.containsKey(chord) || (bindings != null && bindings.containsKey(chord));
    }

    List<String> chordsFor(String action) {
        List<String> chords = new ArrayList<>();
        if (bindings != null) {
            for (Map.Entry<String, String> e : bindings.entrySet()) {
                if (e.getValue().equals(action)) {
                    chords.add(e.getKey());
                }
            }
        }
        userOverrides.forEach((chord, a) -> {
            if (a.equals(action)) {
                chords.add(chord);
            }
        });
        return chords;
    }

    String describe() {
        int builtIn = bindings == null ? 0 : bindings.size();
        return profile + ": " + builtIn + " built-in, " + userOverrides.size() + " custom";
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J20ShortcutManager emacs = J20ShortcutManager.forProfile("emacs");
        assert emacs.resolve("ctrl+x ctrl+s").equals("save") && emacs.resolve("ctrl+s") == null;
        emacs.override("ctrl+s", "search");
        assert emacs.resolve("ctrl+s").equals("search") && emacs.chordsFor("save").equals(List.of("ctrl+x ctrl+s"));
        assert emacs.isBound("ctrl+x ctrl+c") && emacs.describe().equals("emacs: 3 built-in, 1 custom");
        J20ShortcutManager vimLike = J20ShortcutManager.forProfileOrDefault("vim");
        assert vimLike.resolve("ctrl+q").equals("quit") && vimLike.describe().equals("vim: 3 built-in, 0 custom");
        J20ShortcutManager custom = J20ShortcutManager.forProfile("vim");
        custom.override(":w", "save");
        assert custom.resolve(":w").equals("save") && custom.resolveOrNull("ctrl+s") == null;
        assert !custom.isBound("ctrl+s") && custom.chordsFor("save").equals(List.of(":w"));
        assert custom.describe().equals("vim: 0 built-in, 1 custom");

        try {
            custom.resolve("ctrl+s");
            missed(44);
        } catch (NullPointerException e) { report(e, 44); }
    }

    private static final String FILE = "J20ShortcutManager.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
