package probe25;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

public class L16HttpRouter {

    interface Handler {
        String handle(String path);
    }

    private final Map<String, Handler> exact = new HashMap<>();
    private NavigableMap<String, Handler> prefixRoutes;
    private LinkedHashMap<String, String> middleware;
    private ConcurrentHashMap<String, Integer> hits;

    private NavigableMap<String, Handler> prefixes() {
        if (prefixRoutes == null) {
            prefixRoutes = new TreeMap<>();
        }
        return prefixRoutes;
    }

    public L16HttpRouter get(String path, Handler handler) {
        exact.put(path, handler);
        return this;
    }

    public L16HttpRouter prefix(String prefix, Handler handler) {
        prefixes().put(prefix, handler);
        return this;
    }

    public L16HttpRouter use(String name, String description) {
        if (middleware == null) {
            middleware = new LinkedHashMap<>();
        }
        middleware.put(name, description);
        return this;
    }

    public void enableStats() {
        hits = new ConcurrentHashMap<>();
    }

    private void countHit(String path) {
        ConcurrentHashMap<String, Integer> h = hits;
        if (h != null) {
            h.merge(path, 1, Integer::sum);
        }
    }

    public String dispatch(String path) {
        countHit(path);
        Handler h = exact.get(path);
        if (h == null) {
            Map.Entry<String, Handler> e = prefixRoutes.floorEntry(path);
            if (e != null && path.startsWith(e.getKey())) {
                h = e.getValue();
            }
        }
        if (h == null) {
            return "404 " + path;
        }
        return "200 " + h.handle(path);
    }

    public int hitCount(String path) {
        return hits.getOrDefault(path, 0);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder("routes=").append(exact.size());
        if (prefixRoutes != null) {
            sb.append(" prefixes=").append(prefixRoutes.navigableKeySet());
        }
        if (middleware != null) {
            for (Map.Entry<String, String> e : middleware.entrySet()) {
                sb.append(" [").append(e.getKey()).append(": ").append(e.getValue()).append(']');
            }
        }
        return sb.toString();
    }

    public String longestPrefix(String path) {
        for (String p : prefixes().descendingKeySet()) {
            if (path.startsWith(p)) {
                return p;
            }
        }
        return "";
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L16HttpRouter.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L16HttpRouter api = new L16HttpRouter()
                .get("/health", p -> "ok")
                .prefix("/static/", p -> "file " + p.substring(8))
                .prefix("/api/", p -> "api " + p)
                .use("gzip", "compress responses");
        api.enableStats();
        for (String path : new String[] {"/health", "/static/app.js", "/api/users", "/nowhere", "/health"}) {
            System.out.println(path + " -> " + api.dispatch(path));
        }
        System.out.println(api.describe() + " health=" + api.hitCount("/health") + " longest=" + api.longestPrefix("/api/x"));

        L16HttpRouter tiny = new L16HttpRouter().get("/", p -> "home");
        System.out.println(tiny.dispatch("/") + " " + tiny.describe() + " longest='" + tiny.longestPrefix("/x") + "'");

        L16HttpRouter bare = new L16HttpRouter().get("/", p -> "home");
        System.out.println(bare.dispatch("/") + " " + bare.describe());

        expectNpe(61, () -> bare.dispatch("/missing"));
        expectNpe(73, () -> bare.hitCount("/"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
