package probe23b;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** HTTP request parser; parseQuery() returns null for a missing query and the result is stored as-is. */
public class G19RequestParser {
    private static final String FILE = "G19RequestParser.java";
    private static final int L1 = 43;
    private static final int L2 = 64;

    private final String path;
    private final LinkedHashMap<String, String> params;
    private final Map<String, String> cookies;

    G19RequestParser(String uri, String cookieHeader) {
        int q = uri.indexOf('?');
        this.path = q < 0 ? uri : uri.substring(0, q);
        this.params = parseQuery(q < 0 ? null : uri.substring(q + 1));
        Map<String, String> c = parseQuery(cookieHeader == null ? null : cookieHeader.replace("; ", "&"));
        this.cookies = c != null ? c : Collections.emptyMap();
    }

    /** Legacy contract: returns null when there is nothing to parse. */
    static LinkedHashMap<String, String> parseQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return out;
    }

    boolean hasParam(String name) {
        return params != null && params.containsKey(name);
    }

    String param(String name) {
        return params.get(name); // BUG
    }

    String paramOr(String name, String fallback) {
        return hasParam(name) ? params.get(name) : fallback;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    int paramCount() {
        if (params == null) {
            return 0;
        }
        return params.size();
    }

    String canonical() {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) { // BUG
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G19RequestParser r = new G19RequestParser("/search?q=java&page=2", "sid=abc; theme=dark");
        assert "java".equals(r.param("q"));
        assert r.paramCount() == 2;
        assert "dark".equals(r.cookie("theme"));
        assert "/search?q=java&page=2".equals(r.canonical());
        G19RequestParser bare = new G19RequestParser("/index.html", null);
        assert !bare.hasParam("q");
        assert "none".equals(bare.paramOr("q", "none"));
        assert bare.paramCount() == 0;
        assert bare.cookie("sid") == null;
        G19RequestParser trailing = new G19RequestParser("/a?", "");
        assert trailing.paramCount() == 0;
        assert "x".equals(trailing.paramOr("p", "x"));

        try {
            new G19RequestParser("/health", null).param("verbose");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            new G19RequestParser("/static/app.js?", "sid=1").canonical();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
