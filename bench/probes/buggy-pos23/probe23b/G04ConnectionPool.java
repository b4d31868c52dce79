package probe23b;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** HTTP client connection pool; close() drops the route map while release/stats/evictor still use it. */
public class G04ConnectionPool {
    private static final String FILE = "G04ConnectionPool.java";
    private static final int L1 = 31;
    private static final int L2 = 43;
    private static final int L3 = 61;

    private Map<String, Deque<String>> idleByRoute = new HashMap<>();
    private volatile boolean closed;
    private int created;

    public String acquire(String route) {
        if (closed) {
            throw new IllegalStateException("pool closed");
        }
        Deque<String> q = idleByRoute.get(route);
        if (q != null && !q.isEmpty()) {
            return q.pop();
        }
        return route + "#" + (++created);
    }

    public void release(String route, String conn) {
        idleByRoute.computeIfAbsent(route, r -> new ArrayDeque<>()).push(conn); // BUG
    }

    public void releaseIfOpen(String route, String conn) {
        if (closed) {
            return;
        }
        idleByRoute.computeIfAbsent(route, r -> new ArrayDeque<>()).push(conn);
    }

    public int idleCount() {
        int n = 0;
        for (Deque<String> q : idleByRoute.values()) { // BUG
            n += q.size();
        }
        return n;
    }

    public int idleCountSafely() {
        Map<String, Deque<String>> m = idleByRoute;
        int n = 0;
        if (m != null) {
            for (Deque<String> q : m.values()) {
                n += q.size();
            }
        }
        return n;
    }

    public Runnable evictionTask(int maxPerRoute) {
        return () -> idleByRoute.values().forEach(q -> { while (q.size() > maxPerRoute) q.removeLast(); }); // BUG
    }

    public Runnable guardedEvictionTask(int maxPerRoute) {
        return () -> {
            Map<String, Deque<String>> m = idleByRoute;
            if (m != null) {
                m.values().forEach(q -> { while (q.size() > maxPerRoute) q.removeLast(); });
            }
        };
    }

    public void close() {
        closed = true;
        idleByRoute = null;
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G04ConnectionPool pool = new G04ConnectionPool();
        String c1 = pool.acquire("a:80");
        String c2 = pool.acquire("a:80");
        pool.release("a:80", c1);
        pool.releaseIfOpen("a:80", c2);
        assert pool.idleCount() == 2;
        pool.evictionTask(1).run();
        assert pool.idleCountSafely() == 1;
        assert pool.acquire("a:80").equals(c2);
        Runnable guarded = pool.guardedEvictionTask(0);
        pool.close();
        guarded.run();
        pool.releaseIfOpen("a:80", c1);
        assert pool.idleCountSafely() == 0;

        try {
            G04ConnectionPool p = new G04ConnectionPool();
            String c = p.acquire("b:443");
            p.close();
            p.release("b:443", c);
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G04ConnectionPool p = new G04ConnectionPool();
            p.close();
            p.idleCount();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
        try {
            G04ConnectionPool p = new G04ConnectionPool();
            Runnable evictor = p.evictionTask(2);
            p.close();
            evictor.run();
            notThrown(L3);
        } catch (NullPointerException e) {
            check(e, L3);
        }
    }
}
