package probe39;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Index of active session ids that a web container saves across restarts with Java
 * serialization. Only the id list is written; the position index is transient. The constructor
 * creates it, and {@code readObject} rebuilds it from the list before the deserialized object is
 * returned to anyone, so it is null only inside deserialization, before {@code readObject} assigns it.
 *
 * <p>This class is single-threaded: the container saves and restores it during shutdown/startup.
 */
public final class SI32SessionIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FILTER =
            "maxdepth=4;probe39.SI32SessionIndex;java.util.ArrayList;java.lang.String;java.lang.Object;!*";

    private final ArrayList<String> ids = new ArrayList<>();
    private transient HashMap<String, Integer> positionById; // id -> position in ids; rebuilt by readObject

    public SI32SessionIndex() {
        positionById = new HashMap<>();
    }

    public boolean add(String id) {
        requireId(id);
        if (positionById.containsKey(id)) {
            return false;
        }
        positionById.put(id, ids.size());
        ids.add(id);
        return true;
    }

    public int indexOf(String id) {
        requireId(id);
        return positionById.getOrDefault(id, -1);
    }

    public boolean remove(String id) {
        requireId(id);
        Integer position = positionById.remove(id);
        if (position == null) {
            return false;
        }
        ids.remove(position.intValue());
        for (int i = position; i < ids.size(); i++) {
            positionById.put(ids.get(i), i);
        }
        return true;
    }

    public List<String> ids() {
        return List.copyOf(ids);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (ids == null) {
            throw new InvalidObjectException("missing id list");
        }
        HashMap<String, Integer> rebuilt = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Object id = ids.get(i);
            if (!(id instanceof String s) || s.isEmpty() || rebuilt.putIfAbsent(s, i) != null) {
                throw new InvalidObjectException("bad or duplicate session id at " + i);
            }
        }
        positionById = rebuilt;
    }

    public byte[] save() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        }
        return bytes.toByteArray();
    }

    public static SI32SessionIndex restore(byte[] data) throws IOException, ClassNotFoundException {
        if (data == null) {
            throw new IllegalArgumentException("data is null");
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(FILTER));
            Object restored = in.readObject();
            if (!(restored instanceof SI32SessionIndex index)) {
                throw new InvalidObjectException("not a session index");
            }
            return index;
        }
    }

    private static void requireId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("session id must be non-empty");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expectIo(byte[] data) throws ClassNotFoundException {
        try {
            restore(data);
        } catch (IOException expected) {
            return;
        }
        throw new AssertionError("expected IOException");
    }

    public static void main(String[] args) throws Exception {
        SI32SessionIndex index = new SI32SessionIndex();
        check(index.indexOf("s1") == -1 && !index.remove("s1") && index.ids().isEmpty(), "empty index");
        try {
            index.add("");
            throw new AssertionError("expected IllegalArgumentException");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        check(index.add("s1") && index.add("s2") && index.add("s3") && !index.add("s2"), "adds");
        check(index.remove("s1") && index.indexOf("s3") == 1, "positions shift");

        SI32SessionIndex restored = restore(index.save());
        check(restored.ids().equals(List.of("s2", "s3")) && restored.indexOf("s3") == 1, "restored index");
        check(restored.add("s4") && restored.remove("s2") && restored.indexOf("s4") == 1, "usable after restore");
        SI32SessionIndex twice = restore(restore(restored.save()).save());
        check(twice.ids().equals(List.of("s3", "s4")), "round trip twice");
        check(restore(new SI32SessionIndex().save()).indexOf("x") == -1, "empty round trip");

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(other)) {
            out.writeObject("just a string");
        }
        expectIo(other.toByteArray());
        expectIo(new byte[] {1, 2, 3});
        try {
            restore(null);
            throw new AssertionError("expected IllegalArgumentException");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("OK SI32SessionIndex");
    }
}
