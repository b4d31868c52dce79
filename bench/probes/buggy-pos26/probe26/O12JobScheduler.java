package probe26;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

public class O12JobScheduler {

    private final Map<String, Callable<String>> jobs = new LinkedHashMap<>();
    private ExecutorService pool;
    private Map<String, String> results;
    private Map<String, Integer> failures;
    private int maxRetries;

    public void define(String name, Callable<String> job) {
        jobs.put(name, job);
    }

    public void start(int threads) {
        pool = Executors.newFixedThreadPool(threads);
        results = new ConcurrentHashMap<>();
    }

    public void setMaxRetries(int n) {
        maxRetries = n;
    }

    public void enableRetries(int n) {
        failures = new ConcurrentHashMap<>();
        maxRetries = n;
    }

    public Future<String> submit(String name) {
        Callable<String> job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("unknown job " + name);
        }
        return pool.submit(() -> {
            for (int attempt = 0; ; attempt++) {
                try {
                    String out = job.call();
                    results.put(name, out);
                    return out;
                } catch (IllegalStateException transientFailure) {
                    if (attempt >= maxRetries) {
                        throw transientFailure;
                    }
                    failures.merge(name, 1, Integer::sum);
                }
            }
        });
    }

    public int failuresOf(String name) {
        return failures == null ? 0 : failures.getOrDefault(name, 0);
    }

    public String result(String name) {
        return results == null ? null : results.get(name);
    }

    public void shutdown() {
        pool.shutdown();
        results = null;
    }

    private static Callable<String> flaky(AtomicInteger calls) {
        return () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("warming up");
            }
            return "ok after " + calls.get();
        };
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
                && "O12JobScheduler.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O12JobScheduler.java:" + line + " OK");
        } else {
            System.out.println("MISS O12JobScheduler.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) throws Exception {
        O12JobScheduler s = new O12JobScheduler();
        s.define("report", () -> "report done");
        s.define("sync", flaky(new AtomicInteger()));
        s.start(2);
        s.enableRetries(2);
        String sync = s.submit("sync").get();
        s.submit("report").get();
        if (!sync.equals("ok after 2") || s.failuresOf("sync") != 1 || !"report done".equals(s.result("report"))) {
            throw new IllegalStateException("scheduling");
        }
        s.shutdown();
        if (s.result("report") != null) {
            throw new IllegalStateException("shutdown");
        }

        expectNpe(54, () -> {
            O12JobScheduler j = new O12JobScheduler();
            j.define("sync", flaky(new AtomicInteger()));
            j.start(1);
            j.setMaxRetries(3);
            try {
                j.submit("sync").get();
            } finally {
                j.shutdown();
            }
        });
        expectNpe(48, () -> {
            O12JobScheduler j = new O12JobScheduler();
            CountDownLatch gate = new CountDownLatch(1);
            j.define("export", () -> {
                gate.await();
                return "exported";
            });
            j.start(1);
            Future<String> export = j.submit("export");
            j.shutdown();
            gate.countDown();
            export.get();
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
