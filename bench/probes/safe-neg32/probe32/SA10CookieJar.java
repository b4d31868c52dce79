package probe32;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Cookie jar for an HTTP client (OkHttp's CookieJar / Apache's CookieStore). Most clients never
 * receive a cookie, so the map is allocated only on the first Set-Cookie. Guards are written
 * with short-circuiting && / || on the field.
 */
public class SA10CookieJar {

    private Map<String, String> cookies; // null until a cookie is stored, null after expireAll()

    public void onSetCookie(String headerValue) {
        String pair = headerValue.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (value.isEmpty() && cookies != null) {
            cookies.remove(name);
            return;
        }
        if (value.isEmpty()) {
            return;
        }
        if (cookies == null) {
            cookies = new LinkedHashMap<>();
        }
        cookies.put(name, value);
    }

    public boolean has(String name) {
        return cookies != null && cookies.containsKey(name);
    }

    public boolean isEmpty() {
        return cookies == null || cookies.isEmpty();
    }

    public String value(String name) {
        return (cookies != null && cookies.containsKey(name)) ? cookies.get(name) : null;
    }

    public String cookieHeader() {
        if (cookies == null || cookies.isEmpty()) {
            return "";
        }
        StringJoiner joiner = new StringJoiner("; ");
        cookies.forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }

    public void expireAll() {
        cookies = null;
    }

    public static void main(String[] args) {
        SA10CookieJar jar = new SA10CookieJar();
        System.out.println("empty=" + jar.isEmpty() + " has=" + jar.has("sid") + " value=" + jar.value("sid")
                + " header='" + jar.cookieHeader() + "'");
        jar.onSetCookie("sid=; Max-Age=0");
        jar.onSetCookie("garbage");
        jar.onSetCookie("sid=abc123; Path=/; HttpOnly");
        jar.onSetCookie("theme=dark");
        System.out.println("header='" + jar.cookieHeader() + "' has sid=" + jar.has("sid"));
        jar.onSetCookie("sid=; Max-Age=0");
        System.out.println("sid deleted: " + jar.value("sid") + " header='" + jar.cookieHeader() + "'");
        jar.onSetCookie("theme=");
        System.out.println("empty=" + jar.isEmpty() + " header='" + jar.cookieHeader() + "'");
        jar.expireAll();
        jar.expireAll();
        System.out.println("expired empty=" + jar.isEmpty() + " theme=" + jar.value("theme"));
        jar.onSetCookie("lang=en");
        System.out.println("again '" + jar.cookieHeader() + "'");
    }
}
