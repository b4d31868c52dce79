package probe24;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OkHttp-style call with a fixed chain of internal interceptors. The first interceptor
 * opens the per-call timing map and drops it when the rest of the chain has returned;
 * the later interceptors can only be reached through it and use the map directly.
 */
public class Z20HttpCallChain {

    @FunctionalInterface
    private interface Interceptor {
        String intercept(Chain chain);
    }

    /** The position of the next interceptor to run, plus the request it will see. */
    private final class Chain {
        private final int index;
        private final String request;

        private Chain(int index, String request) {
            this.index = index;
            this.request = request;
        }

        String request() {
            return request;
        }

        String proceed(String req) {
            return interceptors.get(index).intercept(new Chain(index + 1, req));
        }
    }

    private final Map<String, String> server;
    private final Set<String> flakyOnce = new HashSet<>();
    private final List<String> reports = new ArrayList<>();
    /** Counters of the call in flight; created by trace(), dropped when trace() returns. */
    private LinkedHashMap<String, Long> timings;
    private final List<Interceptor> interceptors = List.of(this::trace, this::userAgent, this::retryOnce, this::network);

    public Z20HttpCallChain(Map<String, String> server, Set<String> flakyOnce) {
        this.server = server;
        this.flakyOnce.addAll(flakyOnce);
    }

    private String trace(Chain chain) {
        timings = new LinkedHashMap<>();
        try {
            String response = chain.proceed(chain.request());
            reports.add(chain.request() + " -> " + response + " " + timings.size() + " phases " + timings);
            return response;
        } finally {
            timings = null;
        }
    }

    private String userAgent(Chain chain) {
        timings.put("bridge", 1L);
        return chain.proceed(chain.request() + " UA=probe/1.0");
    }

    private String retryOnce(Chain chain) {
        String response = chain.proceed(chain.request());
        if (response.startsWith("503")) {
            timings.merge("retries", 1L, Long::sum);
            response = chain.proceed(chain.request());
        }
        return response;
    }

    private String network(Chain chain) {
        timings.merge("network", 1L, Long::sum);
        String path = chain.request().split(" ")[0];
        if (flakyOnce.remove(path)) {
            return "503 Service Unavailable";
        }
        String body = server.get(path);
        return body == null ? "404 Not Found" : "200 " + body;
    }

    public synchronized String execute(String path) {
        return new Chain(0, path).proceed(path);
    }

    public static void main(String[] args) {
        Z20HttpCallChain client = new Z20HttpCallChain(Map.of("/a", "alpha", "/b", "beta"), Set.of("/b"));
        System.out.println(client.execute("/a") + " | " + client.execute("/b") + " | " + client.execute("/zzz"));
        client.reports.forEach(System.out::println);
        System.out.println(client.timings == null);
    }
}
