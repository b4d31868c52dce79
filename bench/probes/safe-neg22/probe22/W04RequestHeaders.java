package probe22;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP request head as used by a small embedded server. Header storage is only allocated when the
 * request actually carries headers; the null checks are folded into short-circuit expressions.
 */
public class W04RequestHeaders {

    /** A request head; instances belong to the connection thread that parses them. */
    public static final class HttpRequestHead {
        private final String method;
        private final String uri;
        private Map<String, List<String>> headers; // null when the request has no headers

        public HttpRequestHead(String method, String uri) {
            this.method = method;
            this.uri = uri;
        }

        public HttpRequestHead addHeader(String name, String value) {
            if (headers == null) {
                headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            }
            headers.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            return this;
        }

        public boolean containsHeader(String name) {
            return name != null && headers != null && headers.containsKey(name);
        }

        public boolean hasHeaders() {
            return !(headers == null || headers.isEmpty());
        }

        public String firstHeader(String name) {
            List<String> values = containsHeader(name) && headers != null ? headers.get(name) : null;
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public boolean isKeepAlive() {
            return headers == null || !headers.containsKey("Connection")
                    || !"close".equalsIgnoreCase(firstHeader("Connection"));
        }

        public boolean removeHeader(String name) {
            boolean removed = name != null && headers != null && headers.remove(name) != null;
            if (removed && headers != null && headers.isEmpty()) {
                headers = null;
            }
            return removed;
        }

        public String encode() {
            StringBuilder sb = new StringBuilder(method).append(' ').append(uri).append(" HTTP/1.1\r\n");
            if (headers == null || headers.isEmpty()) {
                return sb.append("\r\n").toString();
            }
            headers.forEach((name, values) -> values.forEach(v -> sb.append(name).append(": ").append(v).append("\r\n")));
            return sb.append("\r\n").toString();
        }
    }

    public static void main(String[] args) {
        HttpRequestHead bare = new HttpRequestHead("GET", "/health");
        System.out.println(bare.containsHeader("Host") + " " + bare.hasHeaders() + " " + bare.isKeepAlive()
                + " " + bare.firstHeader("Host") + " " + bare.removeHeader("Host"));
        System.out.print(bare.encode().replace("\r\n", "|"));
        System.out.println();

        HttpRequestHead req = new HttpRequestHead("POST", "/orders")
                .addHeader("Host", "shop.local")
                .addHeader("connection", "close")
                .addHeader("Accept", "application/json");
        System.out.println(req.containsHeader("HOST") + " " + req.firstHeader("host") + " keepAlive=" + req.isKeepAlive());
        System.out.println(req.encode().replace("\r\n", "|"));

        req.removeHeader("Host");
        req.removeHeader("Connection");
        req.removeHeader("accept");
        System.out.println(req.hasHeaders() + " " + req.isKeepAlive() + " " + req.containsHeader(null)
                + " " + req.encode().replace("\r\n", "|"));
    }
}
