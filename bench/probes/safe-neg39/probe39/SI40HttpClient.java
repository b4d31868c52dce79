package probe39;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Minimal HTTP/1.1 client that writes request heads and optionally keeps a cookie jar. Whether
 * cookies are handled is fixed at construction: the final flag {@code cookiesEnabled} is true
 * exactly when the constructor created the jar, and the final jar field is otherwise null for
 * the client's whole life. Every use of the jar is guarded by the flag.
 *
 * <p>This class is single-threaded: one client per connection thread.
 */
public final class SI40HttpClient {
    private final String userAgent;
    private final boolean cookiesEnabled;
    private final LinkedHashMap<String, String> cookieJar; // non-null iff cookiesEnabled
    private int requests;

    public SI40HttpClient(String userAgent, boolean cookiesEnabled) {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("user agent required");
        }
        this.userAgent = userAgent;
        this.cookiesEnabled = cookiesEnabled;
        this.cookieJar = cookiesEnabled ? new LinkedHashMap<>() : null;
    }

    public String requestHead(String method, String host, String path) {
        if (method == null || !method.matches("[A-Z]+") || host == null || host.isBlank()
                || path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("bad request line");
        }
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("User-Agent: ").append(userAgent).append("\r\n");
        if (cookiesEnabled && !cookieJar.isEmpty()) {
            StringJoiner cookies = new StringJoiner("; ");
            cookieJar.forEach((name, value) -> cookies.add(name + "=" + value));
            head.append("Cookie: ").append(cookies).append("\r\n");
        }
        requests++;
        return head.append("\r\n").toString();
    }

    public int onResponseHeaders(List<String> headers) {
        if (headers == null) {
            throw new IllegalArgumentException("headers is null");
        }
        List<String> copy = new ArrayList<>();
        for (String header : headers) {
            if (header == null) {
                throw new IllegalArgumentException("null header");
            }
            copy.add(header);
        }
        if (!cookiesEnabled) {
            return 0;
        }
        int changed = 0;
        for (String header : copy) {
            if (!header.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                continue;
            }
            String spec = header.substring(11).strip();
            String pair = spec.contains(";") ? spec.substring(0, spec.indexOf(';')) : spec;
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).strip();
            if (spec.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookieJar.remove(name);
            } else {
                cookieJar.put(name, pair.substring(eq + 1).strip());
            }
            changed++;
        }
        return changed;
    }

    public Optional<String> cookie(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name is null");
        }
        return cookiesEnabled ? Optional.ofNullable(cookieJar.get(name)) : Optional.empty();
    }

    public int clearCookies() {
        if (!cookiesEnabled) {
            return 0;
        }
        int n = cookieJar.size();
        cookieJar.clear();
        return n;
    }

    public int requests() {
        return requests;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        List<String> response = List.of("Content-Type: text/html", "Set-Cookie: sid=abc123; Path=/; HttpOnly",
                "set-cookie: theme=dark", "Set-Cookie: =broken");
        SI40HttpClient plain = new SI40HttpClient("probe/1.0", false);
        check(plain.onResponseHeaders(response) == 0 && plain.cookie("sid").isEmpty(), "cookies ignored");
        check(!plain.requestHead("GET", "example.org", "/").contains("Cookie:") && plain.clearCookies() == 0, "no jar");
        expect(IllegalArgumentException.class, () -> new SI40HttpClient(" ", true));
        expect(IllegalArgumentException.class, () -> plain.requestHead("get", "h", "/"));
        expect(IllegalArgumentException.class, () -> plain.onResponseHeaders(java.util.Arrays.asList("A: b", null)));
        expect(IllegalArgumentException.class, () -> plain.cookie(null));

        SI40HttpClient browser = new SI40HttpClient("probe/1.0", true);
        check(!browser.requestHead("GET", "example.org", "/").contains("Cookie:"), "empty jar sends nothing");
        check(browser.onResponseHeaders(response) == 2 && browser.cookie("sid").orElse("").equals("abc123"), "stored");
        String head = browser.requestHead("POST", "example.org", "/login");
        check(head.contains("Cookie: sid=abc123; theme=dark\r\n") && head.endsWith("\r\n\r\n"), head);
        check(browser.onResponseHeaders(List.of("Set-Cookie: theme=x; Max-Age=0")) == 1, "expired");
        check(browser.cookie("theme").isEmpty() && browser.clearCookies() == 1 && browser.clearCookies() == 0, "cleared");
        check(browser.onResponseHeaders(List.of("Set-Cookie: sid=new")) == 1 && browser.requests() == 2, "refilled");
        check(browser.requestHead("GET", "example.org", "/me").contains("Cookie: sid=new"), "sent again");
        System.out.println("OK SI40HttpClient");
    }
}
