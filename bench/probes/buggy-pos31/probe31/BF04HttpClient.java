package probe31;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Minimal HTTP client: default headers, a cookie jar, per-status counters and
 * request objects bound to the client that created them.
 */
public final class BF04HttpClient {

    private Map<String, String> defaultHeaders;
    private Map<String, String> cookies;
    private final Map<Integer, Integer> statusCounts = new HashMap<>();
    private final int timeoutMillis;
    private boolean closed;

    BF04HttpClient(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.defaultHeaders = new LinkedHashMap<>();
        this.cookies = new HashMap<>();
        defaultHeaders.put("User-Agent", "probe31/1.0");
    }

    /** Derives a client with another timeout that shares the configuration of {@code base}. */
    BF04HttpClient(BF04HttpClient base, int timeoutMillis) {
        if (base.closed) {
            throw new IllegalStateException("base client is closed");
        }
        this.timeoutMillis = timeoutMillis;
        this.defaultHeaders = new LinkedHashMap<>(base.defaultHeaders);
    }

    final class Request {
        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();

        Request(String method, String url) {
            this.method = method;
            this.url = url;
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        String render() {
            StringBuilder out = new StringBuilder(method).append(' ').append(url).append('\n');
            defaultHeaders.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
            headers.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
            String jar = cookieHeader();
            if (!jar.isEmpty()) {
                out.append("Cookie: ").append(jar).append('\n');
            }
            return out.append("X-Timeout: ").append(timeoutMillis).append('\n').toString();
        }
    }

    Request newRequest(String method, String url) {
        if (closed) {
            throw new IllegalStateException("client is closed");
        }
        return new Request(method, url);
    }

    void setDefaultHeader(String name, String value) {
        if (closed) {
            throw new IllegalStateException("client is closed");
        }
        defaultHeaders.put(name, value);
    }

    int execute(Request request) {
        String wire = request.render();
        int status = wire.contains("/missing") ? 404 : 200;
        statusCounts.merge(status, 1, Integer::sum);
        if (status == 200) {
            storeCookie("session", Integer.toHexString(wire.length()));
        }
        return status;
    }

    void storeCookie(String name, String value) {
        if (closed) {
            return;
        }
        cookies.put(name, value);
    }

    String cookieHeader() {
        Map<String, String> jar = cookies;
        if (jar == null || jar.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        jar.forEach((k, v) -> out.append(k).append('=').append(v).append("; "));
        return out.toString().strip();
    }

    void close() {
        closed = true;
        defaultHeaders = null;
        cookies = null;
    }

    public static void main(String[] args) {
        BF04HttpClient client = new BF04HttpClient(2000);
        client.setDefaultHeader("Accept", "*/*");
        Request index = client.newRequest("GET", "/index").header("X-Trace", "1");
        System.out.println("status=" + client.execute(index) + " " + client.execute(client.newRequest("GET", "/missing")));
        System.out.println("cookies=" + client.cookieHeader() + " counts=" + client.statusCounts);
        BF04HttpClient derived = new BF04HttpClient(client, 50);
        System.out.print(derived.newRequest("HEAD", "/health").render());
        System.out.println("derived cookies='" + derived.cookieHeader() + "'");
        BF04HttpClient other = new BF04HttpClient(10);
        other.close();
        other.storeCookie("late", "1");
        System.out.println("closed cookies='" + other.cookieHeader() + "'");

        int proved = 0;
        proved += expect(53, () -> {
            BF04HttpClient c = new BF04HttpClient(100);
            Request pending = c.newRequest("POST", "/upload");
            c.close();
            pending.render();
        });
        proved += expect(91, () -> {
            BF04HttpClient child = new BF04HttpClient(client, 75);
            child.execute(child.newRequest("GET", "/ok"));
        });
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF04HttpClient.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
