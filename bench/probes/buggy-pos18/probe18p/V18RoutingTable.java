package probe18p;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** API-gateway routing table updated by double buffering: stage, commit, and roll back. */
public class V18RoutingTable {

    private volatile ConcurrentMap<String, String> active = new ConcurrentHashMap<>();
    private ConcurrentMap<String, String> previous;
    private HashMap<String, String> staging;
    private int generation;

    public void beginUpdate() {
        staging = new HashMap<>(active);
    }

    public void stage(String pathPrefix, String upstream) {
        staging.put(pathPrefix, upstream); // BUG
    }

    public void unstage(String pathPrefix) {
        if (staging != null) {
            staging.remove(pathPrefix);
        }
    }

    public void commit() {
        previous = active;
        active = new ConcurrentHashMap<>(staging);
        staging = null;
        generation++;
    }

    public void rollback() {
        active = previous;
        previous = null;
        generation--;
    }

    public String route(String path) {
        String best = null;
        for (Map.Entry<String, String> e : active.entrySet()) { // BUG
            if (path.startsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best == null ? "404" : active.get(best);
    }

    public int generation() {
        return generation;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V18RoutingTable.java:" + line;
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
        if (top != null && "V18RoutingTable.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        V18RoutingTable t = new V18RoutingTable();
        t.beginUpdate();
        t.stage("/api", "http://api:8080");
        t.stage("/api/orders", "http://orders:8080");
        t.unstage("/api");
        t.commit();
        System.out.println(t.route("/api/orders/7") + " gen=" + t.generation());
        t.beginUpdate();
        t.stage("/api/users", "http://users:8080");
        t.commit();
        t.rollback();
        System.out.println(t.route("/api/users/1") + " gen=" + t.generation());

        prove(21, () -> {
            V18RoutingTable r = new V18RoutingTable();
            r.beginUpdate();
            r.stage("/a", "http://a");
            r.commit();
            r.stage("/b", "http://b"); // admin API call without a new beginUpdate()
        });
        prove(45, () -> {
            V18RoutingTable r = new V18RoutingTable();
            r.beginUpdate();
            r.stage("/a", "http://a");
            r.commit();
            r.rollback();
            r.rollback(); // second "undo" click in the admin UI
            r.route("/a/x");
        });
    }
}
