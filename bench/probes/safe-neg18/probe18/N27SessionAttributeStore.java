package probe18;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/** Serializable HTTP session attribute store that writes its attributes in a compact custom form. */
public final class N27SessionAttributeStore implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String sessionId;
    private transient Map<String, String> attributes;

    public N27SessionAttributeStore(String sessionId) {
        this.sessionId = sessionId;
        this.attributes = new TreeMap<>();
    }

    public void set(String key, String value) {
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
    }

    public String get(String key) {
        return attributes.get(key);
    }

    public int size() {
        return attributes.size();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(attributes.size());
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.InvalidObjectException("negative size");
        }
        Map<String, String> restored = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            restored.put(in.readUTF(), in.readUTF());
        }
        attributes = restored;
    }

    public N27SessionAttributeStore roundTrip() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (N27SessionAttributeStore) in.readObject();
        }
    }

    @Override
    public String toString() {
        return sessionId + attributes;
    }

    public static void main(String[] args) throws Exception {
        N27SessionAttributeStore empty = new N27SessionAttributeStore("s0");
        System.out.println("empty copy: " + empty.roundTrip());
        N27SessionAttributeStore s = new N27SessionAttributeStore("s1");
        s.set("user", "ann");
        s.set("locale", "de_DE");
        s.set("locale", null);
        s.set("cart", "3 items");
        N27SessionAttributeStore copy = s.roundTrip().roundTrip();
        copy.set("theme", "dark");
        System.out.println(copy + " size=" + copy.size() + " user=" + copy.get("user") + " original=" + s);
    }
}
