package probe24;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;

/**
 * Servlet-2.x-style HTTP session attributes, exposed through the legacy
 * {@link Enumeration} API. The {@link Hashtable} is created by the first attribute,
 * dropped when the last one is removed and when the session is invalidated.
 */
public class Z10LegacySessionAttributes {

    private final String id;
    /** Attribute name to value; null while the session holds no attributes. */
    private Hashtable<String, Object> attributes;

    public Z10LegacySessionAttributes(String id) {
        this.id = id;
    }

    public synchronized void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        if (attributes == null) {
            attributes = new Hashtable<>();
        }
        attributes.put(name, value);
    }

    public synchronized Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    public synchronized void removeAttribute(String name) {
        if (attributes != null && attributes.remove(name) != null && attributes.isEmpty()) {
            attributes = null;
        }
    }

    /** A snapshot of the attribute names; empty (never null) for a fresh session. */
    public synchronized Enumeration<String> getAttributeNames() {
        if (attributes == null) {
            return Collections.emptyEnumeration();
        }
        return Collections.enumeration(new ArrayList<>(attributes.keySet()));
    }

    /** Live enumeration of the values, as {@link Hashtable#elements()} provides. */
    public synchronized Enumeration<Object> getAttributeValues() {
        return attributes == null ? Collections.emptyEnumeration() : attributes.elements();
    }

    public synchronized void invalidate() {
        attributes = null;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(id).append(" {");
        ArrayList<String> names = Collections.list(getAttributeNames());
        Collections.sort(names);
        for (String name : names) {
            sb.append(' ').append(name).append('=').append(getAttribute(name));
        }
        return sb.append(" }").toString();
    }

    public static void main(String[] args) {
        Z10LegacySessionAttributes session = new Z10LegacySessionAttributes("JSESSIONID=42");
        System.out.println(session.describe() + " " + session.getAttributeValues().hasMoreElements());
        session.setAttribute("user", "alice");
        session.setAttribute("cart", 3);
        session.setAttribute("locale", "en_GB");
        int values = 0;
        for (Enumeration<Object> e = session.getAttributeValues(); e.hasMoreElements(); e.nextElement()) {
            values++;
        }
        System.out.println(session.describe() + " values=" + values);
        session.setAttribute("cart", null);
        session.removeAttribute("user");
        session.removeAttribute("locale");
        session.removeAttribute("locale");
        System.out.println(session.describe() + " " + session.getAttribute("user"));
        session.setAttribute("csrf", "t0k3n");
        session.invalidate();
        System.out.println(session.describe() + " " + session.getAttributeNames().hasMoreElements());
    }
}
