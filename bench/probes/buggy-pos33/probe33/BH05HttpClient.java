package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

public class BH05HttpClient {
    private final String baseUrl;
    private final Map<String, String> defaultHeaders;
    private final Map<String, String> cookies;
    private final ProxyConfig proxies = new ProxyConfig();
    private Map<String, Integer> connectionsByHost;

    private BH05HttpClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.defaultHeaders = new LinkedHashMap<>(b.headers);
        this.cookies = b.cookies;
        b.pool.addListener(new PoolListener() {
            @Override
            public void onOpen(String host) {
                connectionsByHost.merge(host, 1, Integer::sum);
            }
        });
        this.connectionsByHost = new HashMap<>();
    }

    String cookieHeader() {
        StringBuilder sb = new StringBuilder();
        cookies.forEach((k, v) -> sb.append(k).append('=').append(v).append("; "));
        return sb.toString().trim();
    }

    boolean hasCookie(String name) {
        return cookies != null && cookies.containsKey(name);
    }

    String send(String path, RequestContext ctx) {
        String host = path.substring(0, path.indexOf('/'));
        ctx.proxyOverrides = proxies.proxyFor(host).orElse(null);
        Map<String, Integer> conns = connectionsByHost;
        int open = conns == null ? 0 : conns.getOrDefault(host, 0);
        return "GET " + baseUrl + path + " headers=" + defaultHeaders.size() + " open=" + open;
    }

    String proxyHeader(RequestContext ctx) {
        return ctx.proxyOverrides.getOrDefault("Proxy-Authorization", "none");
    }

    boolean usesProxy(RequestContext ctx) {
        Map<String, String> overrides = ctx.proxyOverrides;
        return overrides != null && !overrides.isEmpty();
    }

    interface PoolListener { void onOpen(String host); }

    static final class ConnectionPool {
        private final List<String> warmHosts;
        private final List<PoolListener> listeners = new ArrayList<>();

        ConnectionPool(List<String> warmHosts) {
            this.warmHosts = List.copyOf(warmHosts);
        }

        void addListener(PoolListener listener) {
            listeners.add(listener);
            for (String host : warmHosts) {
                listener.onOpen(host);
            }
        }

        void open(String host) {
            for (PoolListener l : listeners) {
                l.onOpen(host);
            }
        }
    }

    static final class RequestContext {
        Map<String, String> proxyOverrides;
    }

    static final class ProxyConfig {
        Optional<Map<String, String>> proxyFor(String host) {
            return host.endsWith(".internal") ? Optional.empty() : Optional.of(Map.of("Proxy-Authorization", "Basic cHJveHk="));
        }
    }

    static final class Builder {
        private String baseUrl = "http://localhost/";
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Map<String, String> cookies;
        private ConnectionPool pool = new ConnectionPool(List.of());

        Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Builder cookie(String name, String value) {
            if (cookies == null) {
                cookies = new LinkedHashMap<>();
            }
            cookies.put(name, value);
            return this;
        }

        Builder pool(ConnectionPool pool) {
            this.pool = pool;
            return this;
        }

        BH05HttpClient build() {
            return new BH05HttpClient(this);
        }
    }

    public static void main(String[] args) throws Exception {
        ConnectionPool cold = new ConnectionPool(List.of());
        BH05HttpClient client = new Builder().baseUrl("https://api/").header("Accept", "json").cookie("sid", "42").pool(cold).build();
        cold.open("api.example");
        RequestContext external = new RequestContext();
        System.out.println(client.send("api.example/v1", external) + " " + client.proxyHeader(external));
        System.out.println(client.cookieHeader() + " " + client.hasCookie("sid") + " " + client.usesProxy(external));
        BH05HttpClient bare = new Builder().baseUrl("http://bare/").build();
        RequestContext internal = new RequestContext();
        System.out.println(bare.send("db.internal/q", internal) + " " + bare.hasCookie("sid") + " " + bare.usesProxy(internal));

        expect(33, bare::cookieHeader);
        expect(25, () -> new Builder().pool(new ConnectionPool(List.of("cdn.example"))).build());
        expect(50, () -> bare.proxyHeader(internal));
    }

    private static final String FILE = "BH05HttpClient.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
