package probe29;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/** Static connection pool keyed by host, opened and closed by the application. */
public final class K06ConnectionPool {

    /** A fake connection. */
    public static final class Connection {
        private final String host;
        private int uses;

        Connection(String host) {
            this.host = host;
        }

        String send(String msg) {
            uses++;
            return host + "<-" + msg + "#" + uses;
        }
    }

    private static Hashtable<String, Connection> pool;
    private static boolean open;
    private static int maxSize;

    private K06ConnectionPool() {
    }

    public static synchronized void open(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        if (open) {
            throw new IllegalStateException("pool already open");
        }
        pool = new Hashtable<>();
        maxSize = capacity;
        open = true;
    }

    public static synchronized boolean isOpen() {
        return open;
    }

    private static void checkOpen() {
        if (!open) {
            throw new IllegalStateException("pool is closed");
        }
    }

    public static synchronized Connection acquire(String host) {
        checkOpen();
        Connection c = pool.get(host);
        if (c == null) {
            if (pool.size() >= maxSize) {
                throw new IllegalStateException("pool exhausted");
            }
            c = new Connection(host);
            pool.put(host, c);
        }
        return c;
    }

    public static synchronized List<String> hosts() {
        List<String> out = new ArrayList<>();
        if (open) {
            out.addAll(pool.keySet());
            out.sort(null);
        }
        return out;
    }

    public static synchronized void close() {
        if (open) {
            pool.clear();
        }
        open = false;
        pool = null;
        maxSize = 0;
    }

    public static void main(String[] args) {
        System.out.println("open=" + isOpen() + " hosts=" + hosts());
        try {
            acquire("db1");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        try {
            open(0);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        open(2);
        try {
            open(5);
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println(acquire("db1").send("select 1"));
        System.out.println(acquire("db1").send("select 2"));
        System.out.println(acquire("cache").send("get k"));
        try {
            acquire("third");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println("hosts=" + hosts());
        close();
        close();
        System.out.println("open=" + isOpen() + " hosts=" + hosts());
        try {
            acquire("db1");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        open(1);
        System.out.println(acquire("db2").send("ping"));
        close();
    }
}
