package probe33;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a URL query string on demand, like a request wrapper in a web framework.
 * The parsed parameter map is null until {@link #parse()} runs and is discarded
 * whenever a new raw query is set.
 */
public class SC08QueryParams {

    private static final Map<String, String> NONE = Collections.emptyMap();

    private String rawQuery;
    private Map<String, String> params;

    public SC08QueryParams(String rawQuery) {
        this.rawQuery = rawQuery;
    }

    public void setRawQuery(String q) {
        this.rawQuery = q;
        this.params = null;     // force re-parse
    }

    public void parse() {
        if (rawQuery == null) {
            throw new IllegalStateException("no query string");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            m.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        params = m;
    }

    /** Returns the parameter, or the given default when absent or not parsed yet. */
    public String param(String name, String dflt) {
        return (params != null ? params : NONE).getOrDefault(name, dflt);
    }

    public int intParam(String name, int dflt) {
        String v = param(name, null);
        return v == null ? dflt : Integer.parseInt(v);
    }

    public boolean isParsed() {
        return params != null;
    }

    public int size() {
        Map<String, String> m = params != null ? params : NONE;
        return m.size();
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        SC08QueryParams q = new SC08QueryParams("page=2&q=hello%20world&flag&&q=ignored");
        check(!q.isParsed() && q.size() == 0, "unparsed");
        check(q.param("q", "none").equals("none"), "default before parse");
        check(q.intParam("page", 1) == 1, "page default");

        q.parse();
        check(q.isParsed() && q.size() == 3, "parsed 3");
        check(q.param("q", "none").equals("hello world"), "decoded");
        check(q.param("flag", "x").isEmpty(), "flag");
        check(q.intParam("page", 1) == 2, "page");
        check(q.intParam("size", 50) == 50, "size default");

        q.setRawQuery(null);
        check(!q.isParsed() && q.param("q", "d").equals("d") && q.size() == 0, "dropped 1");
        try {
            q.parse();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        check(q.intParam("page", 9) == 9, "page after drop");
        q.setRawQuery("page=5");
        check(!q.isParsed() && q.intParam("page", 9) == 9 && q.size() == 0, "dropped 2");

        q.parse();
        check(q.isParsed() && q.intParam("page", 9) == 5 && q.size() == 1, "reparsed");
        check(q.param("q", "-").equals("-"), "q gone");
        System.out.println("SC08 ok");
    }
}
