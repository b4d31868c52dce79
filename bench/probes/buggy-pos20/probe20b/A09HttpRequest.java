package probe20b;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Outgoing HTTP request builder. Header, cookie and query maps are only
 * allocated when something is set.
 */
public class A09HttpRequest {

    private static final String FILE = "A09HttpRequest.java";

    private static final Map<String, String> DEFAULT_HEADERS =
            Map.of("Accept", "*/*", "User-Agent", "probe/1.0");

    private final String path;
    private Map<String, String> headers;
    private Map<String, String> cookies;
    private Map<String, String> params;

    public A09HttpRequest(String path) {
        this.path = path;
    }

    private Map<String, String> headers() {
        return headers == null ? DEFAULT_HEADERS : headers;
    }

    private Map<String, String> cookies() {
        return cookies == null ? Collections.emptyMap() : cookies;
    }

    Map<String, String> params() {
        return params;
    }

    public A09HttpRequest header(String name, String value) {
        if (headers == null) {
            headers = new LinkedHashMap<>(DEFAULT_HEADERS);
        }
        headers.put(name, value);
        return this;
    }

    public A09HttpRequest cookie(String name, String value) {
        if (cookies == null) {
            cookies = new LinkedHashMap<>();
        }
        cookies.put(name, value);
        return this;
    }

    public A09HttpRequest param(String name, String value) {
        if (params == null) {
            params = new LinkedHashMap<>();
        }
        params.put(name, value);
        return this;
    }

    public String cookieValue(String name) {
        if (cookies().containsKey(name)) {
            return cookies.get(name);
        }
        return null;
    }

    public String accept() {
        if (headers().containsKey("Accept")) {
            return headers.get("Accept"); // BUG
        }
        return "*/*";
    }

    public String cookieHeader() {
        StringJoiner j = new StringJoiner("; ");
        if (!cookies().isEmpty()) {
            cookies.forEach((k, v) -> j.add(k + "=" + v));
        }
        return j.toString();
    }

    public String target() {
        StringJoiner j = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        if (!params().isEmpty()) { // BUG
            params.forEach((k, v) -> j.add(k + "=" + v));
        }
        return j.toString();
    }

    public static void main(String[] args) {
        A09HttpRequest bare = new A09HttpRequest("/health");
        assert bare.cookieValue("sid") == null && bare.cookieHeader().isEmpty();
        A09HttpRequest full = new A09HttpRequest("/search")
                .header("Accept", "application/json").cookie("sid", "42").param("q", "npe");
        assert full.accept().equals("application/json") && full.cookieValue("sid").equals("42");
        assert full.cookieHeader().equals("sid=42") && full.target().equals("/search?q=npe");

        prove(73, bare::accept);
        prove(88, bare::target);
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
