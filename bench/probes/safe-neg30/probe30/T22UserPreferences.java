package probe30;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Per-user preferences stored in a session; written in a compact, ordered form. */
public final class T22UserPreferences implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userId;
    private transient HashMap<String, String> prefs; // written by writeObject, rebuilt by readObject

    public T22UserPreferences(String userId) {
        this.userId = userId;
        this.prefs = new HashMap<>();
    }

    public String userId() { return userId; }

    public void set(String key, String value) {
        if (key == null || value == null) throw new IllegalArgumentException("key and value required");
        prefs.put(key, value);
    }

    public Optional<String> get(String key) { return Optional.ofNullable(prefs.get(key)); }

    public int size() { return prefs.size(); }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        }
        return bytes.toByteArray();
    }

    public static T22UserPreferences fromBytes(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            Object o = in.readObject();
            if (!(o instanceof T22UserPreferences p)) throw new InvalidObjectException("unexpected " + o);
            return p;
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        TreeMap<String, String> sorted = new TreeMap<>(prefs);
        out.writeInt(sorted.size());
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int n = in.readInt();
        if (n < 0) throw new InvalidObjectException("negative preference count");
        HashMap<String, String> restored = new HashMap<>();
        for (int i = 0; i < n; i++) restored.put(in.readUTF(), in.readUTF());
        prefs = restored;
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        T22UserPreferences prefs = new T22UserPreferences("ada");
        assert prefs.size() == 0 && prefs.get("theme").isEmpty();
        T22UserPreferences empty = fromBytes(prefs.toBytes());
        assert empty.userId().equals("ada") && empty.size() == 0;
        empty.set("lang", "en"); // restored map is writable

        prefs.set("theme", "dark");
        prefs.set("lang", "fr");
        try {
            prefs.set("font", null);
            throw new AssertionError("null accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        T22UserPreferences copy = fromBytes(prefs.toBytes());
        assert copy != prefs && copy.userId().equals("ada");
        assert copy.size() == 2 && copy.get("theme").orElseThrow().equals("dark");
        copy.set("theme", "light");
        assert prefs.get("theme").orElseThrow().equals("dark");
        T22UserPreferences second = fromBytes(copy.toBytes());
        assert second.get("theme").orElseThrow().equals("light") && second.get("lang").orElseThrow().equals("fr");
        System.out.println("T22 ok");
    }
}
