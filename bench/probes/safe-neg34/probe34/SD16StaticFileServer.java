package probe34;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Tiny static-file server whose content cache lives exactly as long as the started flag is set. */
public class SD16StaticFileServer {
    private final Map<String, String> disk;
    private boolean started;
    private Map<String, byte[]> contentCache; // assigned together with started = true, nulled by stop()
    private int diskReads;

    public SD16StaticFileServer(Map<String, String> disk) {
        this.disk = Map.copyOf(disk);
    }

    public void start() {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        contentCache = new HashMap<>();
        started = true;
    }

    public int serve(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("bad request path " + path);
        }
        if (!started) {
            return 503;
        }
        if (contentCache.containsKey(path)) {
            return 200;
        }
        String content = disk.get(path);
        if (content == null) {
            return 404;
        }
        diskReads++;
        contentCache.put(path, content.getBytes(StandardCharsets.UTF_8));
        return 200;
    }

    public int cachedBytes() {
        if (!started) {
            return 0;
        }
        int total = 0;
        for (byte[] b : contentCache.values()) {
            total += b.length;
        }
        return total;
    }

    public boolean invalidate(String path) {
        return started && contentCache.remove(path) != null;
    }

    public int diskReads() {
        return diskReads;
    }

    public boolean isStarted() {
        return started;
    }

    public void stop() {
        started = false;
        contentCache = null;
    }

    private static void exerciseStopped(SD16StaticFileServer s, int reads) {
        check(!s.isStarted(), "stopped");
        check(s.serve("/index.html") == 503, "unavailable while stopped");
        check(s.cachedBytes() == 0, "no cache while stopped");
        check(!s.invalidate("/index.html"), "invalidate while stopped");
        check(s.diskReads() == reads, "disk reads");
        expect(IllegalArgumentException.class, () -> s.serve("index.html"));
        s.stop();
    }

    public static void main(String[] args) {
        SD16StaticFileServer server = new SD16StaticFileServer(Map.of("/index.html", "<html/>", "/a.css", "a{}"));
        exerciseStopped(server, 0);

        server.start();
        expect(IllegalStateException.class, server::start);
        check(server.isStarted(), "started");
        check(server.serve("/index.html") == 200 && server.serve("/index.html") == 200, "served twice");
        check(server.serve("/missing") == 404, "404");
        check(server.diskReads() == 1, "cached after first read");
        check(server.serve("/a.css") == 200 && server.cachedBytes() == 10, "cached bytes " + server.cachedBytes());
        check(server.invalidate("/a.css") && !server.invalidate("/a.css"), "invalidate");
        expect(IllegalArgumentException.class, () -> server.serve(""));

        server.stop();
        exerciseStopped(server, 2);
        server.stop();
        exerciseStopped(server, 2);

        server.start();
        check(server.cachedBytes() == 0, "restarted with a cold cache");
        check(server.serve("/a.css") == 200 && server.diskReads() == 3, "re-read after restart");
        check(server.invalidate("/a.css") && server.isStarted(), "restarted invalidate");
        server.stop();
        exerciseStopped(server, 3);
        System.out.println("SD16StaticFileServer ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
