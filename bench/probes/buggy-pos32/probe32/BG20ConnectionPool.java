package probe32;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public final class BG20ConnectionPool {
    private static final String FILE = "BG20ConnectionPool.java";

    enum PoolProfile {
        OLTP(true),
        REPORTING(false),
        BATCH(true);

        private Map<String, String> sessionSettings;

        PoolProfile(boolean tuned) {
            if (tuned) {
                sessionSettings = new LinkedHashMap<>();
                sessionSettings.put("statement_timeout", "5s");
                sessionSettings.put("lock_timeout", "1s");
            }
        }

        void applyTo(Connection connection) {
            sessionSettings.forEach(connection.settings::put);
        }

        int tunedSettings() {
            Map<String, String> s = sessionSettings;
            return s == null ? 0 : s.size();
        }
    }

    static final class Connection {
        final int id;
        final Map<String, String> settings = new LinkedHashMap<>();
        boolean open = true;

        Connection(int id) {
            this.id = id;
        }
    }

    static final class ConnectionPool {
        private final String url;
        private final int maxSize;
        private final PoolProfile profile;
        private final Deque<Connection> idle = new ArrayDeque<>();
        private IdentityHashMap<Connection, Long> leasedAt;
        private int created;
        private long clock;

        ConnectionPool(String url, int maxSize, PoolProfile profile) {
            this.url = url;
            this.maxSize = maxSize;
            this.profile = profile;
            this.leasedAt = new IdentityHashMap<>();
        }

        // shorthand used by tooling that only needs a couple of connections
        ConnectionPool(String url, PoolProfile profile) {
            this.url = url;
            this.maxSize = 2;
            this.profile = profile;
        }

        Connection borrow() {
            clock++;
            Connection connection = idle.pollFirst();
            if (connection == null) {
                if (created >= maxSize) {
                    throw new IllegalStateException("pool exhausted: " + url);
                }
                connection = new Connection(++created);
                if (profile.tunedSettings() > 0) {
                    profile.applyTo(connection);
                }
            }
            leasedAt.put(connection, clock);
            return connection;
        }

        void release(Connection connection) {
            IdentityHashMap<Connection, Long> leases = leasedAt;
            if (leases != null) {
                leases.remove(connection);
            }
            idle.addLast(connection);
        }

        int leased() {
            IdentityHashMap<Connection, Long> leases = leasedAt;
            return leases == null ? 0 : leases.size();
        }

        Connection openRaw() {
            Connection connection = new Connection(++created);
            profile.applyTo(connection);
            return connection;
        }
    }

    public static void main(String[] args) throws Exception {
        ConnectionPool pool = new ConnectionPool("jdbc:pg://db/main", 2, PoolProfile.OLTP);
        Connection first = pool.borrow();
        Connection second = pool.borrow();
        System.out.println("leased=" + pool.leased() + " settings=" + first.settings + " open=" + second.open);
        pool.release(first);
        Connection again = pool.borrow();
        System.out.println("reused=" + (again == first) + " leased=" + pool.leased() + " raw=" + pool.openRaw().settings.size());
        ConnectionPool reports = new ConnectionPool("jdbc:pg://db/reports", 1, PoolProfile.REPORTING);
        Connection report = reports.borrow();
        System.out.println("reporting settings=" + report.settings + " tuned=" + PoolProfile.REPORTING.tunedSettings());
        ConnectionPool tooling = new ConnectionPool("jdbc:pg://db/tools", PoolProfile.BATCH);
        System.out.println("tooling leased=" + tooling.leased());
        tooling.release(new Connection(99));

        expectNpe(83, tooling::borrow);
        expectNpe(29, reports::openRaw);
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
