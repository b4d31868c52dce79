package probe37;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP client URL builder. The query-parameter map is created by the first param() and dropped
 * when the last parameter is removed or clearQuery() is called; paramCount is 0 exactly when the
 * map is null. The static renderers receive the possibly-null map together with a boolean and only
 * read the map when that boolean is true.
 */
public class SG36UrlBuilder {

    static final class UrlBuilder {
        private final String base;
        private LinkedHashMap<String, String> query; // null until the first param()
        private int paramCount;                      // 0 exactly when query == null

        UrlBuilder(String base) {
            if (base == null || !base.startsWith("https://") || base.contains("?")) {
                throw new IllegalArgumentException("bad base url " + base);
            }
            this.base = base;
        }

        public UrlBuilder param(String name, String value) {
            if (name == null || name.isEmpty() || value == null) {
                throw new IllegalArgumentException("parameter name and value required");
            }
            if (paramCount == 0) {
                query = new LinkedHashMap<>();
            }
            query.put(name, value);
            paramCount = query.size();
            return this;
        }

        public boolean removeParam(String name) {
            if (paramCount == 0) {
                return false;
            }
            boolean removed = query.remove(name) != null;
            paramCount = query.size();
            if (paramCount == 0) {
                query = null;
            }
            return removed;
        }

        public String build() {
            return render(base, query, paramCount > 0);
        }

        public int length() {
            return base.length() + queryLength(query, paramCount > 0);
        }

        /** Idempotent. */
        public void clearQuery() {
            paramCount = 0;
            query = null;
        }

        private static String render(String base, Map<String, String> params, boolean hasParams) {
            if (!hasParams) {
                return base;
            }
            StringBuilder url = new StringBuilder(base);
            char separator = '?';
            for (Map.Entry<String, String> e : params.entrySet()) {
                url.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
                separator = '&';
            }
            return url.toString();
        }

        private static int queryLength(Map<String, String> params, boolean hasParams) {
            int length = 0;
            if (hasParams) {
                for (Map.Entry<String, String> e : params.entrySet()) {
                    length += 2 + encode(e.getKey()).length() + encode(e.getValue()).length();
                }
            }
            return length;
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new UrlBuilder("http://plain"));
        UrlBuilder url = new UrlBuilder("https://api.example.org/search");

        // Phase 1: before the map exists.
        check(url.build().equals("https://api.example.org/search"), "no query");
        check(url.length() == 30 && !url.removeParam("q"), "length without query");
        expect(IllegalArgumentException.class, () -> url.param("", "x"));

        // Phase 2: while it exists.
        url.param("q", "null pointer").param("page", "2").param("q", "map & field");
        check(url.build().equals("https://api.example.org/search?q=map+%26+field&page=2"), url.build());
        check(url.length() == url.build().length(), "length matches rendering");
        check(url.removeParam("page") && !url.removeParam("page"), "removed page");

        // Phase 3: after it has been dropped (twice: last param removed, then clearQuery()).
        check(url.removeParam("q") && url.build().equals("https://api.example.org/search"), "query dropped");
        url.param("tmp", "1");
        url.clearQuery();
        url.clearQuery();
        check(url.length() == 30 && !url.removeParam("tmp"), "cleared");

        // Phase 4: after it has been created again.
        url.param("lang", "java");
        check(url.build().endsWith("?lang=java") && url.length() == url.build().length(), "fresh query");
        System.out.println("SG36UrlBuilder ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
