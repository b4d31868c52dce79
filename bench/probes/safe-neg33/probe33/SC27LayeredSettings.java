package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Hierarchical settings as found in IDE/editor configuration (defaults -> workspace ->
 * folder). A root layer reads from a fixed lookup function and has no override map; a
 * derived layer has a parent and its own override map. The copy constructor preserves that
 * pairing, and all methods decide by {@code parent}, not by the map.
 */
public final class SC27LayeredSettings {

    private final SC27LayeredSettings parent;          // null for the root layer
    private final Function<String, String> builtins;   // used by the root layer
    private final Map<String, String> overrides;       // null for the root layer

    public SC27LayeredSettings(Function<String, String> builtins) {
        this.parent = null;
        this.builtins = builtins;
        this.overrides = null;
    }

    private SC27LayeredSettings(SC27LayeredSettings parent, Map<String, String> initial) {
        this.parent = parent;
        this.builtins = parent.builtins;
        this.overrides = new HashMap<>(initial);
    }

    /** Copy constructor: same parent, independent copy of the overrides (if any). */
    public SC27LayeredSettings(SC27LayeredSettings other) {
        this.parent = other.parent;
        this.builtins = other.builtins;
        this.overrides = other.parent == null ? null : new HashMap<>(other.overrides);
    }

    public SC27LayeredSettings derive() {
        return new SC27LayeredSettings(this, Map.of());
    }

    public String get(String key) {
        if (parent == null) {
            return builtins.apply(key);
        }
        String v = overrides.get(key);
        return v != null ? v : parent.get(key);
    }

    public void set(String key, String value) {
        if (parent == null) {
            throw new UnsupportedOperationException("the default layer is read-only");
        }
        overrides.put(key, value);
    }

    public boolean reset(String key) {
        if (parent == null) {
            return false;
        }
        return overrides.remove(key) != null;
    }

    public int depth() {
        return parent == null ? 0 : 1 + parent.depth();
    }

    public int localCount() {
        return parent == null ? 0 : overrides.size();
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        Map<String, String> defaults = Map.of("editor.tabSize", "4", "files.eol", "\n");
        SC27LayeredSettings root = new SC27LayeredSettings(defaults::get);
        check(root.get("editor.tabSize").equals("4") && root.depth() == 0 && root.localCount() == 0, "root");
        check(!root.reset("editor.tabSize"), "root reset");
        try {
            root.set("editor.tabSize", "2");
            throw new AssertionError("expected UOE");
        } catch (UnsupportedOperationException expected) {
            // ok
        }
        SC27LayeredSettings rootCopy = new SC27LayeredSettings(root);
        check(rootCopy.get("files.eol").equals("\n") && rootCopy.localCount() == 0 && !rootCopy.reset("x"), "root copy");
        try {
            rootCopy.set("a", "b");
            throw new AssertionError("expected UOE");
        } catch (UnsupportedOperationException expected) {
            // ok
        }

        SC27LayeredSettings workspace = root.derive();
        workspace.set("editor.tabSize", "2");
        SC27LayeredSettings folder = workspace.derive();
        folder.set("files.eol", "\r\n");
        check(folder.get("editor.tabSize").equals("2") && folder.get("files.eol").equals("\r\n"), "folder");
        check(folder.depth() == 2 && folder.localCount() == 1, "depth");

        SC27LayeredSettings folderCopy = new SC27LayeredSettings(folder);
        folderCopy.set("editor.tabSize", "8");
        check(folderCopy.get("editor.tabSize").equals("8") && folder.get("editor.tabSize").equals("2"), "copy independent");
        check(folderCopy.reset("editor.tabSize") && !folderCopy.reset("editor.tabSize"), "reset");
        check(workspace.reset("editor.tabSize") && folder.get("editor.tabSize").equals("4"), "falls back to root");
        check(root.get("missing") == null && folder.get("missing") == null, "missing");
        System.out.println("SC27 ok");
    }
}
