package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class O15RequestPipeline {

    record Response(int status, String body) { }

    private static final ThreadLocal<Map<String, String>> CONTEXT = new ThreadLocal<>();

    private final Map<String, Integer> ok = new TreeMap<>();
    private final Map<String, Integer> clientErrors = new TreeMap<>();
    private final Map<String, Integer> serverErrors = new TreeMap<>();
    private final List<String> auditLog = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Future<String> lastExport;
    private int sequence;

    public Response handle(String method, String route, Map<String, String> headers) {
        Map<String, String> ctx = new LinkedHashMap<>();
        ctx.put("requestId", headers.getOrDefault("X-Request-Id", "req-" + (++sequence)));
        ctx.put("user", headers.getOrDefault("X-User", "anonymous"));
        CONTEXT.set(ctx);
        try {
            Response r = dispatch(method, route);
            record(route, r.status());
            return r;
        } finally {
            CONTEXT.remove();
        }
    }

    private Response dispatch(String method, String route) {
        switch (route) {
            case "/me":
                return new Response(200, "user=" + currentUser());
            case "/orders":
                return new Response(200, audit(method + " orders"));
            case "/export":
                lastExport = background.submit(() -> audit("export"));
                return new Response(202, "queued");
            case "/legacy":
                return new Response(301, "/orders");
            default:
                return new Response(route.startsWith("/admin") ? 403 : 500, "");
        }
    }

    static String currentUser() {
        Map<String, String> ctx = CONTEXT.get();
        return ctx == null ? "system" : ctx.get("user");
    }

    static String requestId() {
        Map<String, String> ctx = CONTEXT.get();
        return ctx.get("requestId");
    }

    private String audit(String action) {
        String line = requestId() + " " + currentUser() + " " + action;
        auditLog.add(line);
        return line;
    }

    private void record(String route, int status) {
        Map<String, Integer> bucket = null;
        if (status >= 200 && status < 300) {
            bucket = ok;
        } else if (status >= 500) {
            bucket = serverErrors;
        } else if (status >= 400) {
            bucket = clientErrors;
        }
        bucket.merge(route, 1, Integer::sum);
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
                && "O15RequestPipeline.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O15RequestPipeline.java:" + line + " OK");
        } else {
            System.out.println("MISS O15RequestPipeline.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) throws Exception {
        O15RequestPipeline app = new O15RequestPipeline();
        Response me = app.handle("GET", "/me", Map.of("X-User", "ann"));
        Response orders = app.handle("GET", "/orders", Map.of("X-Request-Id", "r-42", "X-User", "bob"));
        app.handle("GET", "/admin/users", Map.of());
        app.handle("GET", "/boom", Map.of());
        if (!me.body().equals("user=ann") || !orders.body().equals("r-42 bob GET orders") || !currentUser().equals("system")) {
            throw new IllegalStateException("dispatch");
        }
        if (app.ok.get("/me") != 1 || app.clientErrors.get("/admin/users") != 1 || app.serverErrors.get("/boom") != 1) {
            throw new IllegalStateException("metrics");
        }

        expectNpe(64, () -> {
            app.handle("POST", "/export", Map.of("X-User", "cid"));
            app.lastExport.get();
        });
        expectNpe(82, () -> app.handle("GET", "/legacy", Map.of()));
        app.background.shutdown();
        if (failed > 0) {
            System.exit(1);
        }
    }
}
