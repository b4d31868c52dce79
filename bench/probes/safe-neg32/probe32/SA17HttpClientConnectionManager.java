package probe32;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Route-keyed connection manager modelled on Apache HttpClient's PoolingHttpClientConnectionManager.
 * The per-route pool exists exactly while the manager is open: open() creates it and sets the
 * boolean, close() clears the boolean and drops it. Methods test only the boolean.
 */
public class SA17HttpClientConnectionManager {

    static final class ManagedConnection {
        final String route;
        final int serial;

        ManagedConnection(String route, int serial) {
            this.route = route;
            this.serial = serial;
        }

        @Override
        public String toString() {
            return route + "#" + serial;
        }
    }

    private boolean open;                           // true  <=> pool != null
    private Map<String, Deque<ManagedConnection>> pool;
    private int serials;
    private int discarded;

    public void open() {
        if (open) {
            return;
        }
        pool = new HashMap<>();
        open = true;
    }

    public ManagedConnection lease(String route) {
        if (!open) {
            throw new IllegalStateException("connection manager is shut down");
        }
        Deque<ManagedConnection> available = pool.computeIfAbsent(route, r -> new ArrayDeque<>());
        ManagedConnection c = available.pollFirst();
        return c != null ? c : new ManagedConnection(route, ++serials);
    }

    public void releaseConnection(ManagedConnection c, boolean reusable) {
        if (!open || !reusable) {
            discarded++;
            return;
        }
        pool.computeIfAbsent(c.route, r -> new ArrayDeque<>()).addFirst(c);
    }

    public int available(String route) {
        if (!open) {
            return 0;
        }
        Deque<ManagedConnection> q = pool.get(route);
        return q == null ? 0 : q.size();
    }

    public int totalAvailable() {
        int n = 0;
        if (open) {
            for (Deque<ManagedConnection> q : pool.values()) {
                n += q.size();
            }
        }
        return n;
    }

    public void close() {
        if (!open) {
            return;
        }
        open = false;
        discarded += totalAvailableUnchecked();
        pool = null;
    }

    private int totalAvailableUnchecked() {
        int n = 0;
        for (Deque<ManagedConnection> q : pool.values()) {
            n += q.size();
        }
        return n;
    }

    public static void main(String[] args) {
        SA17HttpClientConnectionManager mgr = new SA17HttpClientConnectionManager();
        System.out.println("closed: available=" + mgr.available("a:443") + " total=" + mgr.totalAvailable());
        try {
            mgr.lease("a:443");
        } catch (IllegalStateException expected) {
            System.out.println("lease refused: " + expected.getMessage());
        }
        mgr.releaseConnection(new ManagedConnection("stray", 0), true);
        mgr.open();
        mgr.open();
        ManagedConnection c1 = mgr.lease("a:443");
        ManagedConnection c2 = mgr.lease("b:80");
        mgr.releaseConnection(c1, true);
        mgr.releaseConnection(c2, false);
        System.out.println("a available=" + mgr.available("a:443") + " b=" + mgr.available("b:80")
                + " reuse=" + mgr.lease("a:443") + " total=" + mgr.totalAvailable());
        mgr.releaseConnection(c1, true);
        mgr.close();
        mgr.close();
        System.out.println("after close: total=" + mgr.totalAvailable() + " discarded=" + mgr.discarded);
        mgr.releaseConnection(c1, true);
        mgr.open();
        System.out.println("reopened lease=" + mgr.lease("a:443") + " total=" + mgr.totalAvailable());
        mgr.close();
    }
}
