package probe33;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HttpSession-like attribute holder. Attributes live in a map that is created on the
 * first setAttribute and released by invalidate(). Every reader copies the field into a
 * local first, the way servlet containers commonly do.
 */
public class SC05SessionAttributes {

    private final String id;
    private volatile Map<String, Object> attributes;
    private final long createdAt = System.nanoTime();

    public SC05SessionAttributes(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public synchronized void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        Map<String, Object> a = attributes;
        if (a == null) {
            a = new ConcurrentHashMap<>();
            attributes = a;
        }
        a.put(name, value);
    }

    public Object getAttribute(String name) {
        Map<String, Object> a = attributes;
        if (a == null) {
            return null;
        }
        return a.get(name);
    }

    public synchronized void removeAttribute(String name) {
        Map<String, Object> a = attributes;
        if (a != null) {
            a.remove(name);
        }
    }

    public Enumeration<String> getAttributeNames() {
        Map<String, Object> a = attributes;
        return a == null ? Collections.emptyEnumeration() : Collections.enumeration(a.keySet());
    }

    public synchronized void invalidate() {
        attributes = null;
    }

    public long ageNanos() {
        return System.nanoTime() - createdAt;
    }

    private static int countNames(SC05SessionAttributes s) {
        int n = 0;
        for (Enumeration<String> e = s.getAttributeNames(); e.hasMoreElements(); e.nextElement()) {
            n++;
        }
        return n;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC05SessionAttributes s = new SC05SessionAttributes("JSESSION-1");
        s.invalidate();
        check(s.getId().equals("JSESSION-1"), "id");
        check(s.getAttribute("user") == null, "no user");
        check(countNames(s) == 0, "no names");
        s.removeAttribute("user");
        s.setAttribute("ignored", null);
        check(s.ageNanos() >= 0, "age");

        s.setAttribute("user", "ada");
        s.setAttribute("cart", 3);
        check("ada".equals(s.getAttribute("user")), "user");
        check(countNames(s) == 2, "two names");
        s.setAttribute("cart", null);
        s.removeAttribute("nothing");
        check(countNames(s) == 1, "one name");

        for (int i = 0; i < 2; i++) {
            s.invalidate();
            check(s.getAttribute("user") == null, "invalidated");
            check(countNames(s) == 0, "invalidated names");
            s.removeAttribute("user");
            s.setAttribute("x", null);
        }

        s.setAttribute("user", "grace");
        check("grace".equals(s.getAttribute("user")), "new user");
        check(countNames(s) == 1, "one again");
        System.out.println("SC05 ok");
    }
}
