package probe24;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * URLConnection-like client classes. The base class performs the exchange and keeps
 * the response headers while connected; a caching subclass reads the validator
 * header right after delegating to {@code super.connect()}.
 */
public class Z02ConditionalGetConnection {

    /** Base connection: the header map exists between connect() and disconnect(). */
    abstract static class BaseConnection {
        protected final String url;
        /** Case-insensitive response headers; null while not connected. */
        protected TreeMap<String, String> responseHeaders;
        protected int responseCode = -1;

        BaseConnection(String url) {
            this.url = url;
        }

        /** Performs the exchange once; later calls are no-ops until disconnect(). */
        void connect() {
            if (responseHeaders != null) {
                return;
            }
            TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            responseCode = exchange(headers);
            responseHeaders = headers;
        }

        void disconnect() {
            responseHeaders = null;
            responseCode = -1;
        }

        boolean isConnected() {
            return responseHeaders != null;
        }

        /** Sends the request and fills {@code sink} with the response headers. */
        protected abstract int exchange(Map<String, String> sink);
    }

    /** Remembers the ETag of the last response and counts successful revalidations. */
    static final class CachingConnection extends BaseConnection {
        private final Map<String, String> origin;
        private String cachedEtag;
        private int revalidations;

        CachingConnection(String url, Map<String, String> origin) {
            super(url);
            this.origin = origin;
        }

        @Override
        void connect() {
            boolean fresh = !isConnected();
            super.connect();
            if (fresh) {
                String etag = responseHeaders.get("etag");
                if (etag != null && etag.equals(cachedEtag)) {
                    revalidations++;
                }
                cachedEtag = etag;
            }
        }

        @Override
        protected int exchange(Map<String, String> sink) {
            String etag = origin.get(url);
            if (etag == null) {
                sink.put("Content-Length", "0");
                return 404;
            }
            sink.put("ETag", etag);
            sink.put("Cache-Control", "max-age=60");
            return etag.equals(cachedEtag) ? 304 : 200;
        }

        String header(String name) {
            connect();
            return responseHeaders.get(name);
        }

        int headerCount() {
            connect();
            return responseHeaders.size();
        }
    }

    public static void main(String[] args) {
        Map<String, String> origin = new HashMap<>();
        origin.put("/index.html", "\"v1\"");
        CachingConnection conn = new CachingConnection("/index.html", origin);
        System.out.println(conn.isConnected() + " " + conn.header("ETAG") + " " + conn.responseCode);
        conn.disconnect();
        System.out.println(conn.headerCount() + " " + conn.responseCode + " " + conn.revalidations);
        origin.remove("/index.html");
        conn.disconnect();
        System.out.println(conn.header("content-length") + " " + conn.responseCode + " " + conn.isConnected());
        conn.disconnect();
        System.out.println(conn.isConnected());
    }
}
