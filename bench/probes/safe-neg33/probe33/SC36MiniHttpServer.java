package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An embedded HTTP server facade (Jetty/Undertow style). start() allocates the handler map,
 * installs the built-in handlers, and only then raises the {@code started} flag; stop()
 * lowers the flag first and then drops the map. Request handling and handler registration
 * check the flag.
 */
public class SC36MiniHttpServer {

    private final int port;
    private Map<String, UnaryOperator<String>> handlers;
    private boolean started;
    private int served;

    public SC36MiniHttpServer(int port) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started on port " + port);
        }
        handlers = new HashMap<>();
        installBuiltins();
        started = true;
    }

    /** Runs during start(), right after the map is allocated and before 'started' is set. */
    private void installBuiltins() {
        handlers.put("/health", body -> "UP");
        handlers.put("/echo", body -> body);
    }

    public synchronized void stop() {
        started = false;
        handlers = null;
    }

    public synchronized void addHandler(String path, UnaryOperator<String> h) {
        if (!started) {
            throw new IllegalStateException("server not started");
        }
        handlers.put(path, h);
    }

    public synchronized String handle(String path, String body) {
        if (!started) {
            return "503 Service Unavailable";
        }
        UnaryOperator<String> h = handlers.get(path);
        if (h == null) {
            return "404 Not Found";
        }
        served++;
        return "200 " + h.apply(body);
    }

    public synchronized boolean isStarted() {
        return started;
    }

    public synchronized int served() {
        return served;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void down(SC36MiniHttpServer s) {
        check(!s.isStarted(), "down");
        check(s.handle("/health", "").startsWith("503"), "503");
        try {
            s.addHandler("/x", b -> b);
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        try {
            new SC36MiniHttpServer(70000);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        SC36MiniHttpServer s = new SC36MiniHttpServer(8080);
        down(s);
        s.stop();
        down(s);

        s.start();
        try {
            s.start();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        check(s.isStarted() && s.handle("/health", "").equals("200 UP"), "health");
        s.addHandler("/upper", String::toUpperCase);
        check(s.handle("/upper", "abc").equals("200 ABC") && s.handle("/nope", "").startsWith("404"), "routes");

        for (int i = 0; i < 2; i++) {
            s.stop();
            down(s);
        }
        s.start();
        check(s.handle("/echo", "hi").equals("200 hi") && s.handle("/upper", "x").startsWith("404"), "restarted");
        check(s.served() == 3, "served " + s.served());
        System.out.println("SC36 ok");
    }
}
