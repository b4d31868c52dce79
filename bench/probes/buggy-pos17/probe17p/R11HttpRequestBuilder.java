package probe17p;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** A request builder that only creates its header map on the first header() call, then passes it on as-is. */
public class R11HttpRequestBuilder {

    static final class Request {
        private final String method;
        private final String url;
        private final Map<String, String> headers;
        private final Map<String, String> query;

        Request(String method, String url, Map<String, String> headers, Map<String, String> query) {
            this.method = method;
            this.url = url;
            this.headers = headers;
            this.query = query;
        }

        int headerCount() {
            return headers.size(); // BUG
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT)); // BUG
        }

        String line() {
            if (query == null || query.isEmpty()) {
                return method + " " + url;
            }
            StringJoiner qs = new StringJoiner("&", "?", "");
            query.forEach((k, v) -> qs.add(k + "=" + v));
            return method + " " + url + qs;
        }
    }

    static final class Builder {
        private String method = "GET";
        private String url = "/";
        private Map<String, String> headers;
        private final Map<String, String> query = new LinkedHashMap<>();

        Builder method(String m) {
            this.method = m;
            return this;
        }

        Builder url(String u) {
            this.url = u;
            return this;
        }

        Builder header(String name, String value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        Builder param(String k, String v) {
            query.put(k, v);
            return this;
        }

        Request build() {
            return new Request(method, url, headers, query);
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R11HttpRequestBuilder.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R11HttpRequestBuilder.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Request withAuth = new Builder().url("/orders").header("Authorization", "Bearer t").param("page", "2").build();
        System.out.println(withAuth.line() + " headers=" + withAuth.headerCount() + " auth=" + withAuth.header("authorization"));

        prove(25, () -> {
            Request ping = new Builder().url("/health").build();
            System.out.println(ping.line() + " headers=" + ping.headerCount());
        });
        prove(29, () -> {
            Request del = new Builder().method("DELETE").url("/orders/7").build();
            System.out.println("content-type: " + del.header("Content-Type"));
        });
    }
}
