package probe24;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Editor keymaps arranged in a parent chain (buffer-local, mode, global), as in Emacs or
 * IntelliJ. Most levels bind nothing, so their binding map is created on first use;
 * lookups walk the chain with a {@code for} loop and {@code continue} past empty levels.
 */
public class Z21KeymapChain {

    private final String name;
    /** The next keymap to consult; null for the global keymap. */
    private final Z21KeymapChain parent;
    /** Keystroke to action id; null while this level binds nothing. */
    private HashMap<String, String> bindings;

    public Z21KeymapChain(String name, Z21KeymapChain parent) {
        this.name = name;
        this.parent = parent;
    }

    public void bind(String stroke, String action) {
        if (bindings == null) {
            bindings = new HashMap<>();
        }
        bindings.put(stroke, action);
    }

    public void unbind(String stroke) {
        if (bindings == null) {
            return;
        }
        bindings.remove(stroke);
        if (bindings.isEmpty()) {
            bindings = null;
        }
    }

    /** The action for {@code stroke}, searching this keymap first and then its ancestors. */
    public String lookup(String stroke) {
        for (Z21KeymapChain k = this; k != null; k = k.parent) {
            if (k.bindings == null) {
                continue;
            }
            String action = k.bindings.get(stroke);
            if (action != null) {
                return action;
            }
        }
        return "undefined";
    }

    /** Which level decides {@code stroke}, e.g. "java-mode". */
    public String origin(String stroke) {
        for (Z21KeymapChain k = this; k != null; k = k.parent) {
            if (k.bindings != null && k.bindings.containsKey(stroke)) {
                return k.name;
            }
        }
        return "none";
    }

    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Z21KeymapChain k = this; k != null; k = k.parent) {
            if (k.bindings == null) {
                lines.add(k.name + ": (empty)");
                continue;
            }
            lines.add(k.name + ": " + k.bindings.size() + " bindings");
        }
        return lines;
    }

    public static void main(String[] args) {
        Z21KeymapChain global = new Z21KeymapChain("global", null);
        Z21KeymapChain javaMode = new Z21KeymapChain("java-mode", global);
        Z21KeymapChain buffer = new Z21KeymapChain("Main.java", javaMode);
        System.out.println(buffer.lookup("C-s") + " " + buffer.origin("C-s") + " " + buffer.describe());
        global.bind("C-s", "save");
        global.bind("C-f", "find");
        javaMode.bind("C-f", "find-symbol");
        System.out.println(buffer.lookup("C-s") + " " + buffer.lookup("C-f") + " " + buffer.origin("C-f"));
        javaMode.unbind("C-f");
        javaMode.unbind("C-f");
        buffer.unbind("C-s");
        System.out.println(buffer.lookup("C-f") + " " + buffer.origin("C-f") + " " + buffer.describe());
    }
}
