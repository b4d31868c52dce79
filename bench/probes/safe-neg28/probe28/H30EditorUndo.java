package probe28;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Desktop form editor with a single-level "revert to checkpoint". The
 * checkpoint map is null until checkpoint() is called and after it has been
 * consumed; revert() refuses with IllegalStateException when there is none.
 */
public class H30EditorUndo {
    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    private LinkedHashMap<String, String> checkpoint; // null when no checkpoint exists
    private int reverts;
    private boolean dirty;

    public void set(String field, String value) {
        fields.put(field, value == null ? "" : value);
        dirty = true;
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    public void checkpoint() {
        checkpoint = new LinkedHashMap<>(fields);
        dirty = false;
    }

    public boolean canRevert() {
        return checkpoint != null;
    }

    public void revert() {
        if (checkpoint == null) {
            throw new IllegalStateException("nothing to revert to");
        }
        fields.clear();
        fields.putAll(checkpoint);
        checkpoint = null;
        dirty = false;
        reverts++;
    }

    public int changedSinceCheckpoint() {
        if (checkpoint == null) {
            return fields.size();
        }
        int changed = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!Objects.equals(e.getValue(), checkpoint.get(e.getKey()))) {
                changed++;
            }
        }
        for (String k : checkpoint.keySet()) {
            if (!fields.containsKey(k)) {
                changed++;
            }
        }
        return changed;
    }

    public void discardCheckpoint() {
        checkpoint = null;
    }

    public String title() {
        return "Form" + (dirty ? "*" : "") + " reverts=" + reverts;
    }

    public static void main(String[] args) {
        H30EditorUndo ed = new H30EditorUndo();
        assert !ed.canRevert();
        boolean refused = false;
        try {
            ed.revert();
        } catch (IllegalStateException e) {
            refused = true;
        }
        assert refused;
        ed.set("name", "Ada");
        assert ed.changedSinceCheckpoint() == 1;
        ed.checkpoint();
        assert ed.changedSinceCheckpoint() == 0;
        ed.set("name", "Grace");
        ed.set("email", "g@navy.mil");
        assert ed.changedSinceCheckpoint() == 2;
        assert ed.title().equals("Form* reverts=0");
        ed.revert();
        assert ed.get("name").equals("Ada");
        assert ed.get("email").isEmpty();
        assert !ed.canRevert();
        ed.checkpoint();
        ed.discardCheckpoint();
        assert ed.changedSinceCheckpoint() == 1;
        assert ed.title().equals("Form reverts=1") : ed.title();
        ed.checkpoint();
        ed.set("note", null);
        assert ed.get("note").isEmpty();
        assert ed.changedSinceCheckpoint() == 1;
        System.out.println(ed.title());
    }
}
