package probe33;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An HTTP client cookie jar (per host). The map for a host is created when the first
 * Set-Cookie arrives and dropped when the last cookie expires or the jar is cleared.
 */
public class SC10CookieJar {

    private final String host;
    private Map<String, String> cookies;

    public SC10CookieJar(String host) {
        this.host = host;
    }

    /** Handles a "Set-Cookie: name=value[; Max-Age=0]" header value. */
    public void onSetCookie(String header) {
        String[] parts = header.split(";");
        String[] nv = parts[0].trim().split("=", 2);
        if (nv.length != 2 || nv[0].isEmpty()) {
            throw new IllegalArgumentException("malformed cookie: " + header);
        }
        boolean delete = false;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].trim().equalsIgnoreCase("Max-Age=0")) {
                delete = true;
            }
        }
        if (delete) {
            if (cookies != null && cookies.remove(nv[0]) != null && cookies.isEmpty()) {
                cookies = null;
            }
            return;
        }
        if (cookies == null) {
            cookies = new LinkedHashMap<>();
        }
        cookies.put(nv[0], nv[1]);
    }

    /** Builds the Cookie request header, or null when there is nothing to send. */
    public String cookieHeader() {
        if (cookies != null && !cookies.isEmpty()) {
            StringJoiner j = new StringJoiner("; ");
            cookies.forEach((k, v) -> j.add(k + "=" + v));
            return j.toString();
        }
        return null;
    }

    public boolean has(String name) {
        return cookies != null && cookies.containsKey(name);
    }

    public void clear() {
        cookies = null;
    }

    public String host() {
        return host;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC10CookieJar jar = new SC10CookieJar("example.org");
        jar.clear();
        check(jar.cookieHeader() == null && !jar.has("sid"), "empty");
        jar.onSetCookie("sid=1; Max-Age=0");
        check(jar.cookieHeader() == null, "delete on empty jar");
        try {
            jar.onSetCookie("garbage");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }

        jar.onSetCookie("sid=abc; Path=/; HttpOnly");
        jar.onSetCookie("theme=dark");
        check("sid=abc; theme=dark".equals(jar.cookieHeader()), "header");
        check(jar.has("theme"), "theme");
        jar.onSetCookie("theme=x; Max-Age=0");
        jar.onSetCookie("sid=abc; Max-Age=0");
        check(jar.cookieHeader() == null && !jar.has("sid"), "all expired");

        jar.onSetCookie("sid=again");
        for (int i = 0; i < 2; i++) {
            jar.clear();
            check(jar.cookieHeader() == null && !jar.has("sid"), "cleared");
            jar.onSetCookie("sid=z; Max-Age=0");
        }
        jar.onSetCookie("lang=en");
        check("lang=en".equals(jar.cookieHeader()) && jar.has("lang"), "recreated");
        check(jar.host().equals("example.org"), "host");
        System.out.println("SC10 ok");
    }
}
