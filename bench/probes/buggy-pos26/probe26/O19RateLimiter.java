package probe26;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

public class O19RateLimiter {

    public enum Mode { UNLIMITED, GLOBAL, PER_CLIENT }

    private final Mode mode;
    private final int capacity;
    private int globalTokens;
    private Map<String, Integer> perClient;
    private Map<String, Integer> rejected = new TreeMap<>();
    private Map<String, Integer> overrides;

    public O19RateLimiter(Mode mode, int capacity) {
        this.mode = mode;
        this.capacity = capacity;
        this.globalTokens = capacity;
        this.perClient = mode == Mode.PER_CLIENT ? new HashMap<>() : null;
    }

    public boolean tryAcquire(String client) {
        switch (mode) {
            case UNLIMITED:
                return true;
            case GLOBAL:
                if (globalTokens > 0) {
                    globalTokens--;
                    return true;
                }
                break;
            case PER_CLIENT:
                int limit = overrides != null ? overrides.getOrDefault(client, capacity) : capacity;
                int left = perClient.getOrDefault(client, limit);
                if (left > 0) {
                    perClient.put(client, left - 1);
                    return true;
                }
                break;
        }
        rejected.merge(client, 1, Integer::sum);
        return false;
    }

    private int limitFor(String client) {
        return overrides.getOrDefault(client, capacity);
    }

    public int remaining(String client) {
        if (mode != Mode.PER_CLIENT) {
            return mode == Mode.GLOBAL ? globalTokens : Integer.MAX_VALUE;
        }
        Integer left = perClient.get(client);
        return left != null ? left : limitFor(client);
    }

    public <T> T withOverrides(Map<String, Integer> limits, Supplier<T> action) {
        overrides = new HashMap<>(limits);
        try {
            return action.get();
        } finally {
            overrides = null;
        }
    }

    public String stats() {
        StringBuilder sb = new StringBuilder(mode.name());
        if (mode != Mode.UNLIMITED) {
            sb.append(" clients=").append(perClient.size());
        }
        return sb.append(" rejected=").append(rejected).toString();
    }

    public CompletableFuture<Integer> scheduleRefill(CompletionStage<?> tick) {
        return tick.toCompletableFuture().thenApply(ignored -> {
            globalTokens = capacity;
            if (perClient != null) {
                perClient.clear();
            }
            int forgiven = rejected.size();
            rejected.clear();
            return forgiven;
        });
    }

    public void close() {
        perClient = null;
        rejected = null;
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
                && "O19RateLimiter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O19RateLimiter.java:" + line + " OK");
        } else {
            System.out.println("MISS O19RateLimiter.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) throws Exception {
        O19RateLimiter api = new O19RateLimiter(Mode.PER_CLIENT, 2);
        api.tryAcquire("ann");
        api.tryAcquire("ann");
        boolean third = api.tryAcquire("ann");
        int vip = api.withOverrides(Map.of("bob", 5), () -> {
            api.tryAcquire("bob");
            return api.remaining("bob");
        });
        if (third || vip != 4 || api.remaining("ann") != 0 || !api.stats().equals("PER_CLIENT clients=2 rejected={ann=1}")) {
            throw new IllegalStateException("per-client " + api.stats());
        }
        CompletableFuture<Void> tick = new CompletableFuture<>();
        CompletableFuture<Integer> refill = api.scheduleRefill(tick);
        tick.complete(null);
        if (refill.get() != 1 || !api.tryAcquire("ann")) {
            throw new IllegalStateException("refill");
        }
        O19RateLimiter open = new O19RateLimiter(Mode.UNLIMITED, 0);
        O19RateLimiter global = new O19RateLimiter(Mode.GLOBAL, 1);
        if (!open.tryAcquire("x") || !open.stats().equals("UNLIMITED rejected={}") || !global.tryAcquire("x") || global.remaining("y") != 0) {
            throw new IllegalStateException("modes");
        }

        expectNpe(86, () -> {
            O19RateLimiter l = new O19RateLimiter(Mode.PER_CLIENT, 1);
            CompletableFuture<Void> t = new CompletableFuture<>();
            CompletableFuture<Integer> pending = l.scheduleRefill(t);
            l.close();
            t.complete(null);
            pending.get();
        });
        expectNpe(75, () -> global.stats());
        expectNpe(52, () -> api.remaining("cid"));
        if (failed > 0) {
            System.exit(1);
        }
    }
}
