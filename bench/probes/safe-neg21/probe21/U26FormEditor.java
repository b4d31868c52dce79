package probe21;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Form editor with undo, using the memento pattern. The editor's field map is null while no
 * form is open. Mementos can only be created by the editor (private constructor) and always
 * carry a non-null map, so restoring from one always reinstates a real map.
 * Not thread-safe (like HashMap): an instance is confined to one thread.
 */
public final class U26FormEditor {

    public static final class Memento {
        private final Map<String, String> state;

        private Memento(Map<String, String> state) {
            this.state = state;
        }

        public int fieldCount() {
            return state.size();
        }
    }

    private Map<String, String> fields;
    private final Deque<Memento> undo = new ArrayDeque<>();

    public void open(Map<String, String> initial) {
        fields = initial == null ? new LinkedHashMap<>() : new LinkedHashMap<>(initial);
        undo.clear();
    }

    public Optional<Memento> save() {
        if (fields == null) {
            return Optional.empty();
        }
        return Optional.of(new Memento(Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
    }

    public boolean set(String name, String value) {
        if (fields == null) {
            return false;
        }
        save().ifPresent(undo::push);
        fields.put(name, value);
        return true;
    }

    public boolean undo() {
        Memento previous = undo.poll();
        if (previous == null) {
            return false;
        }
        fields = new LinkedHashMap<>(previous.state);
        return true;
    }

    public void restore(Memento memento) {
        if (memento == null) {
            throw new IllegalArgumentException("memento");
        }
        fields = new LinkedHashMap<>(memento.state);
    }

    public void close() {
        fields = null;
        undo.clear();
    }

    public String render() {
        return fields == null ? "<no form>" : fields.toString();
    }

    public static void main(String[] args) {
        U26FormEditor editor = new U26FormEditor();
        System.out.println(editor.set("name", "x") + " " + editor.save().isPresent() + " " + editor.undo() + " " + editor.render());
        editor.open(Map.of("name", "Ada"));
        editor.set("email", "ada@example.org");
        Memento checkpoint = editor.save().orElseThrow();
        editor.set("name", "Grace");
        System.out.println(editor.render());
        editor.undo();
        System.out.println(editor.render() + " checkpoint=" + checkpoint.fieldCount());
        editor.close();
        System.out.println(editor.render() + " " + editor.undo());
        editor.restore(checkpoint);
        System.out.println(editor.render());
        editor.open(null);
        editor.set("note", null);
        System.out.println(editor.render());
    }
}
