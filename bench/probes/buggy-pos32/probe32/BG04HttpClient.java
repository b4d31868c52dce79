package probe32;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public final class BG04HttpClient {
    private static final String FILE = "BG04HttpClient.java";

    record Response(int status, Map<String, String> headers, String body) {
        Response {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }

    interface Transport {
        Response execute(String method, String url, Map<String, String> headers);
    }

    static final class HttpClient {
        private final String baseUrl;
        private final Transport transport;
        private final int timeoutMillis;
        private final Map<Integer, Integer> statusCounts = new TreeMap<>();
        private Map<String, String> defaultHeaders;
        private Map<String, String> cookies;

        HttpClient(String baseUrl, Transport transport) {
            this(baseUrl, transport, 5_000, Map.of("User-Agent", "probe/1.0"));
        }

        HttpClient(String baseUrl, Transport transport, int timeoutMillis, Map<String, String> defaults) {
            this.baseUrl = baseUrl;
            this.transport = transport;
            this.timeoutMillis = timeoutMillis;
            this.defaultHeaders = new LinkedHashMap<>(defaults);
        }

        // convenience overload for tests that only tweak the timeout
        HttpClient(String baseUrl, Transport transport, int timeoutMillis) {
            this.baseUrl = baseUrl;
            this.transport = transport;
            this.timeoutMillis = timeoutMillis;
        }

        final class Request {
            private final String method;
            private final String path;
            private final Map<String, String> headers = new LinkedHashMap<>();

            Request(String method, String path) {
                this.method = method;
                this.path = path;
            }

            Request header(String name, String value) {
                headers.put(name, value);
                return this;
            }

            Map<String, String> resolvedHeaders() {
                Map<String, String> all = new LinkedHashMap<>();
                HttpClient.this.defaultHeaders.forEach(all::put);
                all.putAll(headers);
                all.put("X-Timeout", Integer.toString(timeoutMillis));
                return all;
            }
        }

        Response send(Request request) {
            Map<String, String> headers = request.resolvedHeaders();
            Map<String, String> jar = cookies;
            if (jar != null && !jar.isEmpty()) {
                headers.put("Cookie", "session=" + jar.get("session"));
            }
            Response response = transport.execute(request.method, baseUrl + request.path, headers);
            statusCounts.merge(response.status(), 1, Integer::sum);
            if (cookies != null) {
                handleStatus(response);
                String refreshed = response.headers().get("Set-Cookie");
                if (refreshed != null) {
                    cookies.put("session", refreshed);
                }
            }
            return response;
        }

        private void handleStatus(Response response) {
            if (response.status() == 401) {
                logout();
            }
        }

        void setDefault(String name, String value) {
            if (defaultHeaders == null) {
                defaultHeaders = new LinkedHashMap<>();
            }
            defaultHeaders.put(name, value);
        }

        void login(String token) {
            cookies = new HashMap<>();
            cookies.put("session", token);
        }

        void logout() {
            cookies = null;
        }

        String cookie(String name) {
            Map<String, String> jar = cookies;
            return jar == null ? null : jar.get(name);
        }

        int count(int status) {
            return statusCounts.getOrDefault(status, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        Transport ok = (method, url, headers) -> new Response(200, Map.of("Set-Cookie", "s-2"), method + " " + url + " " + headers.keySet());
        HttpClient client = new HttpClient("https://api.example", ok);
        client.setDefault("Accept", "application/json");
        System.out.println(client.send(client.new Request("GET", "/users").header("X-Trace", "1")).body());
        client.login("s-1");
        client.send(client.new Request("POST", "/orders"));
        System.out.println("cookie=" + client.cookie("session") + " ok=" + client.count(200));
        HttpClient tuned = new HttpClient("https://api.example", ok, 250);
        tuned.setDefault("Accept", "text/plain");
        System.out.println(tuned.send(tuned.new Request("GET", "/health")).body() + " cookie=" + tuned.cookie("session"));

        HttpClient quick = new HttpClient("https://api.example", ok, 100);
        expectNpe(65, () -> quick.send(quick.new Request("GET", "/ping")));

        Transport denied = (method, url, headers) -> new Response(401, Map.of("Set-Cookie", "anon"), "denied");
        HttpClient session = new HttpClient("https://api.example", denied);
        session.login("expired");
        expectNpe(84, () -> session.send(session.new Request("GET", "/me")));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
