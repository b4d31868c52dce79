package probe23;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;

/**
 * Request attributes as a servlet container keeps them for a pooled request object. The map is
 * allocated by the first {@code setAttribute}, released when the last attribute goes away and
 * dropped by {@link #recycle()}. A request is used by one thread at a time.
 */
public final class X05RequestAttributes {

    private HashMap<String, Object> attributes;

    public Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    /** Returns a snapshot, so callers may remove attributes while enumerating. */
    public Enumeration<String> getAttributeNames() {
        if (attributes == null) {
            return Collections.emptyEnumeration();
        }
        return Collections.enumeration(new ArrayList<>(attributes.keySet()));
    }

    public void setAttribute(String name, Object value) {
        if (name == null) {
            throw new IllegalArgumentException("attribute name must not be null");
        }
        if (value == null) {
            removeAttribute(name);
            return;
        }
        if (attributes == null) {
            attributes = new HashMap<>(8);
        }
        attributes.put(name, value);
    }

    public void removeAttribute(String name) {
        if (attributes == null) {
            return;
        }
        attributes.remove(name);
        if (attributes.isEmpty()) {
            attributes = null;
        }
    }

    public void recycle() {
        attributes = null;
    }

    public static void main(String[] args) {
        X05RequestAttributes request = new X05RequestAttributes();
        System.out.println("fresh: " + Collections.list(request.getAttributeNames())
                + " user=" + request.getAttribute("user"));
        request.removeAttribute("user");
        request.setAttribute("user", "alice");
        request.setAttribute("javax.servlet.error.status_code", 404);
        request.setAttribute("user", null);
        Enumeration<String> names = request.getAttributeNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            System.out.println("  " + name + " -> " + request.getAttribute(name));
            request.removeAttribute(name);
        }
        System.out.println("emptied: " + Collections.list(request.getAttributeNames()));
        request.setAttribute("trace", "abc");
        request.recycle();
        System.out.println("recycled: trace=" + request.getAttribute("trace")
                + " names=" + Collections.list(request.getAttributeNames()));
    }
}
