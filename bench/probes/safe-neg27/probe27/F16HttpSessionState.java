package probe27;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Servlet-container session state that survives passivation; derived indexes are transient. */
public final class F16HttpSessionState implements Serializable {
    private static final long serialVersionUID = 3L;

    private final String id;
    private final LinkedHashMap<String, String> attributes = new LinkedHashMap<>();
    private transient Map<String, String> lowerCaseIndex; // rebuilt by readObject(); dropped by invalidate()
    private transient Map<String, Long> accessCounts;     // never serialized; null until the first access

    public F16HttpSessionState(String id) {
        this.id = id;
        rebuildIndex();
    }

    private void rebuildIndex() {
        Map<String, String> idx = new HashMap<>();
        for (String name : attributes.keySet()) idx.put(name.toLowerCase(Locale.ROOT), name);
        lowerCaseIndex = idx;
    }

    private Map<String, String> index() {
        if (lowerCaseIndex == null) rebuildIndex();
        return lowerCaseIndex;
    }

    public void setAttribute(String name, String value) {
        String previous = index().put(name.toLowerCase(Locale.ROOT), name);
        if (previous != null && !previous.equals(name)) attributes.remove(previous);
        attributes.put(name, value);
    }

    /** Case-insensitive lookup, like header-ish attribute names in many containers. */
    public String getAttribute(String name) {
        String actual = index().get(name.toLowerCase(Locale.ROOT));
        if (actual == null) return null;
        if (accessCounts == null) accessCounts = new HashMap<>();
        accessCounts.merge(actual, 1L, Long::sum);
        return attributes.get(actual);
    }

    public long accessCount(String name) {
        return accessCounts == null ? 0 : accessCounts.getOrDefault(name, 0L);
    }

    public void invalidate() {
        attributes.clear();
        lowerCaseIndex = null;
        accessCounts = null;
    }

    public String getId() { return id; }

    public int size() { return attributes.size(); }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        rebuildIndex(); // accessCounts deliberately stays null
    }

    static byte[] passivate(F16HttpSessionState s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        return bytes.toByteArray();
    }

    static F16HttpSessionState activate(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (F16HttpSessionState) in.readObject();
        }
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        F16HttpSessionState s = new F16HttpSessionState("JSESSION-1");
        assert s.getAttribute("user") == null && s.accessCount("user") == 0;
        s.setAttribute("User", "ann");
        s.setAttribute("cartId", "c-9");
        assert "ann".equals(s.getAttribute("USER")) && "ann".equals(s.getAttribute("user"));
        assert s.accessCount("User") == 2;
        s.setAttribute("USER", "bob"); // same attribute, new spelling
        assert s.size() == 2 && "bob".equals(s.getAttribute("user"));

        F16HttpSessionState restored = activate(passivate(s));
        assert restored.getId().equals("JSESSION-1") && restored.size() == 2;
        assert restored.accessCount("USER") == 0 : "access counts are transient";
        assert "c-9".equals(restored.getAttribute("CARTID")) && restored.accessCount("cartId") == 1;

        restored.invalidate();
        assert restored.size() == 0 && restored.getAttribute("cartId") == null && restored.accessCount("cartId") == 0;
        restored.setAttribute("fresh", "1");
        assert "1".equals(restored.getAttribute("FRESH"));
        F16HttpSessionState again = activate(passivate(restored));
        assert again.size() == 1 && "1".equals(again.getAttribute("fresh"));
        System.out.println("F16 ok");
    }
}
