package probe34;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Servlet-style HTTP session attribute store, guarded with instanceof patterns. */
public class SD08SessionAttributes {
    private final String id;
    private Map<String, Object> attributes; // created on first setAttribute, dropped by invalidate()
    private long lastAccess;

    public SD08SessionAttributes(String id) {
        this.id = id;
    }

    public void setAttribute(String name, Object value) {
        if (name == null) {
            throw new IllegalArgumentException("attribute name required");
        }
        lastAccess++;
        if (value == null) {
            removeAttribute(name);
            return;
        }
        if (!(attributes instanceof LinkedHashMap<String, Object> existing)) {
            attributes = new LinkedHashMap<>();
            attributes.put(name, value);
            return;
        }
        existing.put(name, value);
    }

    public Object getAttribute(String name) {
        lastAccess++;
        if (attributes instanceof LinkedHashMap<String, Object> map) {
            return map.get(name);
        }
        return null;
    }

    public boolean removeAttribute(String name) {
        if (attributes instanceof LinkedHashMap<String, Object> map) {
            return map.remove(name) != null;
        }
        return false;
    }

    public List<String> attributeNames() {
        return attributes instanceof LinkedHashMap<String, Object> map
                ? new ArrayList<>(map.keySet())
                : List.of();
    }

    public boolean isNew() {
        return !(attributes instanceof LinkedHashMap<String, Object> map) || map.isEmpty();
    }

    public void invalidate() {
        attributes = null;
    }

    public String describe() {
        return id + "@" + lastAccess;
    }

    private static void exerciseEmpty(SD08SessionAttributes s) {
        check(s.getAttribute("user") == null, "get while empty");
        check(!s.removeAttribute("user"), "remove while empty");
        check(s.attributeNames().isEmpty(), "names while empty");
        check(s.isNew(), "new while empty");
        check(s.describe().startsWith("sess-1@"), "describe");
        expect(IllegalArgumentException.class, () -> s.setAttribute(null, "x"));
        s.setAttribute("ghost", null); // removing from an absent map is a no-op
        check(s.isNew(), "null value does not create the map");
    }

    public static void main(String[] args) {
        SD08SessionAttributes session = new SD08SessionAttributes("sess-1");
        exerciseEmpty(session);
        session.invalidate();
        exerciseEmpty(session);

        session.setAttribute("user", "alice");
        session.setAttribute("cart", 3);
        check("alice".equals(session.getAttribute("user")), "get user");
        check(Integer.valueOf(3).equals(session.getAttribute("cart")), "get cart");
        check(session.attributeNames().equals(List.of("user", "cart")), "insertion order");
        check(!session.isNew() && session.describe().startsWith("sess-1@"), "not new");
        session.setAttribute("cart", null);
        check(!session.removeAttribute("cart") && session.removeAttribute("user"), "removals");
        check(session.isNew(), "empty map counts as new");
        expect(IllegalArgumentException.class, () -> session.setAttribute(null, 1));

        session.invalidate();
        exerciseEmpty(session);
        session.invalidate();
        exerciseEmpty(session);

        session.setAttribute("locale", "en");
        check("en".equals(session.getAttribute("locale")) && session.attributeNames().size() == 1, "recreated");
        check(!session.isNew() && session.describe().startsWith("sess-1@"), "recreated state");
        check(!session.removeAttribute("user") && session.removeAttribute("locale") && session.isNew(), "remove");
        session.invalidate();
        exerciseEmpty(session);
        System.out.println("SD08SessionAttributes ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
