package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Servlet-style session attributes. Several methods have a parameter or local named
 * {@code attributes} that shadows the field; those uses go to the (checked) parameter
 * or local, and the field itself is only touched as {@code this.attributes} after a check.
 */
public final class U06SessionStore {

    private Map<String, Object> attributes;
    private String sessionId;

    public synchronized void bind(String sessionId, Map<String, Object> attributes) {
        attributes = attributes == null ? new HashMap<>() : new HashMap<>(attributes);
        attributes.putIfAbsent("createdBy", "store");
        attributes.put("sessionId", sessionId);
        this.sessionId = sessionId;
        this.attributes = attributes;
    }

    public synchronized Object get(String name) {
        Map<String, Object> attributes = this.attributes;
        return attributes == null ? null : attributes.get(name);
    }

    public synchronized void merge(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return;
        }
        if (this.attributes == null) {
            bind("anonymous", attributes);
            return;
        }
        attributes.forEach(this.attributes::put);
    }

    public synchronized boolean isBound() {
        return sessionId != null;
    }

    public synchronized Map<String, Object> unbind() {
        Map<String, Object> attributes = this.attributes;
        this.attributes = null;
        this.sessionId = null;
        return attributes == null ? Map.of() : attributes;
    }

    @Override
    public synchronized String toString() {
        return "Session[" + sessionId + ", " + (this.attributes == null ? "{}" : new TreeMap<>(this.attributes)) + "]";
    }

    public static void main(String[] args) {
        U06SessionStore store = new U06SessionStore();
        System.out.println(store + " " + store.get("user") + " " + store.isBound());
        store.merge(Map.of("user", "alice"));
        System.out.println(store);
        store.merge(Map.of("role", "admin"));
        store.merge(null);
        System.out.println(store.get("role"));
        Map<String, Object> old = store.unbind();
        System.out.println(old.size() + " " + store + " " + store.get("user"));
        store.bind("s-42", null);
        store.merge(Map.of("cart", 3));
        System.out.println(store);
        store.unbind();
        store.unbind();
        System.out.println(store.isBound());
    }
}
