package probe25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tomcat-style HTTP session. Thread-safe: every method synchronizes on the
 * session. {@code attributes} is set to null when the session expires, which
 * is also what {@link #isValid()} reports.
 */
public class B04StandardSession {
    private final String id;
    private final long creationTime;
    private long lastAccessedTime;
    private final int maxInactiveSeconds;
    private Map<String, Object> attributes = new HashMap<>();
    private Map<String, Object> notes; // internal container notes, created lazily
    private final List<String> events = new ArrayList<>();

    public B04StandardSession(String id, long now, int maxInactiveSeconds) {
        this.id = id;
        this.creationTime = now;
        this.lastAccessedTime = now;
        this.maxInactiveSeconds = maxInactiveSeconds;
    }

    public final synchronized boolean isValid() {
        return attributes != null;
    }

    private Map<String, Object> checkValid(String operation) {
        Map<String, Object> attrs = attributes;
        if (attrs == null) {
            throw new IllegalStateException(operation + ": session " + id + " already invalidated");
        }
        return attrs;
    }

    public synchronized void setAttribute(String name, Object value) {
        Map<String, Object> attrs = checkValid("setAttribute");
        if (value == null) {
            removeAttribute(name);
            return;
        }
        Object old = attrs.put(name, value);
        events.add((old == null ? "bound " : "replaced ") + name);
    }

    public synchronized Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    public synchronized void removeAttribute(String name) {
        if (attributes != null && attributes.remove(name) != null) {
            events.add("unbound " + name);
        }
    }

    public synchronized Enumeration<String> getAttributeNames() {
        if (!isValid()) {
            return Collections.emptyEnumeration();
        }
        return Collections.enumeration(new TreeSet<>(attributes.keySet()));
    }

    public synchronized void setNote(String name, Object value) {
        if (notes == null) {
            notes = new HashMap<>();
        }
        notes.put(name, value);
    }

    public synchronized Object getNote(String name) {
        return notes != null ? notes.get(name) : null;
    }

    public synchronized void removeNote(String name) {
        if (notes == null) {
            return;
        }
        notes.remove(name);
        if (notes.isEmpty()) {
            notes = null;
        }
    }

    public synchronized void access(long now) {
        lastAccessedTime = now;
    }

    public synchronized boolean isExpired(long now) {
        return now - lastAccessedTime > maxInactiveSeconds * 1000L;
    }

    public synchronized void expire() {
        Map<String, Object> old = attributes;
        if (old == null) {
            return;
        }
        attributes = null;
        notes = null;
        for (String name : new TreeSet<>(old.keySet())) {
            events.add("unbound " + name + " (expired)");
        }
    }

    public synchronized String summary() {
        return id + " created=" + creationTime + " valid=" + isValid() + " events=" + events;
    }

    public static void main(String[] args) throws InterruptedException {
        B04StandardSession s = new B04StandardSession("A1B2", 1_000L, 30);
        s.removeNote("none");
        System.out.println(s.getNote("x") + " " + s.getAttribute("user"));
        Thread worker = new Thread(() -> {
            s.setAttribute("user", "alice");
            s.setNote("principal", "alice@realm");
        });
        worker.start();
        worker.join();
        s.setAttribute("cart", 3);
        s.setAttribute("cart", 4);
        s.setAttribute("tmp", null);
        Enumeration<String> names = s.getAttributeNames();
        while (names.hasMoreElements()) {
            System.out.print(names.nextElement() + " ");
        }
        System.out.println(s.getNote("principal"));
        s.removeNote("principal");
        s.access(5_000L);
        System.out.println(s.isExpired(20_000L) + " " + s.isExpired(40_000L));
        s.expire();
        s.expire();
        s.removeAttribute("user");
        System.out.println(s.getAttribute("cart") + " " + s.getAttributeNames().hasMoreElements()
                + " " + s.getNote("principal"));
        s.setNote("reason", "timeout");
        System.out.println(s.getNote("reason") + " " + s.summary());
    }
}
