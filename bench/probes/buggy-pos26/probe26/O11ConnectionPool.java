package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class O11ConnectionPool {

    public enum State { NEW, RUNNING, STOPPED }

    private final int perHost;
    private State state = State.NEW;
    private Map<String, Integer> idleByHost;
    private Map<String, String> leases;
    private int nextId;

    public O11ConnectionPool(int perHost) {
        this.perHost = perHost;
    }

    public void start(List<String> hosts) {
        if (state != State.NEW) {
            throw new IllegalStateException("already " + state);
        }
        state = State.RUNNING;
        for (String h : hosts) {
            if (h == null || h.isBlank() || h.contains(" ")) {
                throw new IllegalArgumentException("bad host '" + h + "'");
            }
        }
        idleByHost = new LinkedHashMap<>();
        for (String h : hosts) {
            idleByHost.put(h, perHost);
        }
        leases = new HashMap<>();
    }

    public String lease(String host) {
        if (state != State.RUNNING) {
            throw new IllegalStateException("pool is " + state);
        }
        Integer free = idleByHost.get(host);
        if (free == null || free == 0) {
            return null;
        }
        idleByHost.put(host, free - 1);
        String id = host + "#" + (++nextId);
        leases.put(id, host);
        return id;
    }

    public void release(String leaseId) {
        if (state == State.NEW) {
            throw new IllegalStateException("pool not started");
        }
        String host = leases.remove(leaseId);
        if (host != null) {
            idleByHost.merge(host, 1, Integer::sum);
        }
    }

    public int active() {
        return leases == null ? 0 : leases.size();
    }

    public int idle(String host) {
        return idleByHost == null ? 0 : idleByHost.getOrDefault(host, 0);
    }

    public List<String> stop() {
        List<String> abandoned = new ArrayList<>();
        if (leases != null) {
            abandoned.addAll(leases.keySet());
        }
        state = State.STOPPED;
        leases = null;
        return abandoned;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O11ConnectionPool.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O11ConnectionPool.java:" + line + " OK");
        } else {
            System.out.println("MISS O11ConnectionPool.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O11ConnectionPool pool = new O11ConnectionPool(2);
        if (pool.active() != 0 || pool.idle("db1") != 0) {
            throw new IllegalStateException("new pool");
        }
        pool.start(List.of("db1", "db2"));
        String a = pool.lease("db1");
        String b = pool.lease("db1");
        if (pool.lease("db1") != null || pool.lease("db9") != null || pool.active() != 2) {
            throw new IllegalStateException("leasing");
        }
        pool.release(a);
        pool.release("db2#99");
        if (pool.idle("db1") != 1 || pool.active() != 1) {
            throw new IllegalStateException("release");
        }
        List<String> abandoned = pool.stop();
        if (!abandoned.equals(List.of(b)) || pool.active() != 0 || pool.idle("db1") != 1) {
            throw new IllegalStateException("stop");
        }

        expectNpe(44, () -> {
            O11ConnectionPool p = new O11ConnectionPool(4);
            try {
                p.start(List.of("db1", "db 2"));
            } catch (IllegalArgumentException misconfigured) {
                System.out.println("start failed: " + misconfigured.getMessage());
            }
            p.lease("db1");
        });
        expectNpe(58, () -> {
            O11ConnectionPool p = new O11ConnectionPool(4);
            p.start(List.of("db1"));
            String id = p.lease("db1");
            p.stop();
            p.release(id);
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
