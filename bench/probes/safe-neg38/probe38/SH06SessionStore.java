package probe38;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Attribute store of a web session. Most sessions never store anything, so
 * the attribute map is allocated by the first setAttribute and released again
 * when it becomes empty or the session is invalidated. Every read is a
 * conditional expression {@code attributes == null ? fallback : ...}.
 * Single-threaded (one request at a time per session).
 */
public final class SH06SessionStore {

    private final String id;
    private Map<String, Object> attributes; // null while the session holds no attributes
    private long reads;

    public SH06SessionStore(String id) {
        this.id = id == null ? "anonymous" : id;
    }

    public Object getAttribute(String name) {
        reads++;
        return attributes == null ? null : attributes.get(name);
    }

    public void setAttribute(String name, Object value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("attribute name");
        }
        if (value == null) {
            removeAttribute(name);
            return;
        }
        attributes = attributes == null ? new HashMap<>() : attributes;
        attributes.put(name, value);
    }

    public Object removeAttribute(String name) {
        Object old = attributes == null ? null : attributes.remove(name);
        attributes = attributes == null ? null : (attributes.isEmpty() ? null : attributes);
        return old;
    }

    public int attributeCount() {
        return attributes == null ? 0 : attributes.size();
    }

    public Set<String> attributeNames() {
        return attributes == null ? Set.of() : new TreeSet<>(attributes.keySet());
    }

    public boolean holdsMemory() {
        return attributes != null;
    }

    public void invalidate() {
        attributes = null;
    }

    public String describe() {
        return "session " + id + (attributes == null ? " (no attributes)" : " " + new TreeMap<>(attributes))
                + " reads=" + reads;
    }

    public static void main(String[] args) {
        SH06SessionStore s = new SH06SessionStore("JSESSION-1");
        // phase 1: before the map exists
        check(!s.holdsMemory() && s.getAttribute("user") == null, "empty session");
        check(s.attributeCount() == 0 && s.attributeNames().isEmpty(), "no names");
        check(s.removeAttribute("user") == null && !s.holdsMemory(), "remove on empty");
        expect(IllegalArgumentException.class, () -> s.setAttribute(null, "x"));
        // phase 2: while it exists
        s.setAttribute("user", "ada");
        s.setAttribute("cart", 3);
        check(s.holdsMemory() && "ada".equals(s.getAttribute("user")), "user stored");
        check(s.attributeNames().equals(Set.of("cart", "user")), "names " + s.attributeNames());
        s.setAttribute("cart", null);
        check(s.attributeCount() == 1, "null value removes");
        check("ada".equals(s.removeAttribute("user")) && !s.holdsMemory(), "released when empty");
        // phase 3: after it is dropped (twice)
        s.setAttribute("theme", "dark");
        s.invalidate();
        s.invalidate();
        check(s.getAttribute("theme") == null && s.attributeCount() == 0, "invalidated");
        check(s.describe().contains("no attributes"), s.describe());
        // phase 4: created again
        s.setAttribute("locale", "fr");
        check("fr".equals(s.getAttribute("locale")) && s.attributeCount() == 1, "fresh map");
        System.out.println("SH06SessionStore OK " + s.describe());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
