package probe34;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Mini web pipeline; handlers read request attributes only inside the doHandle() template hook. */
public class SD23RequestPipeline {
    public abstract static class AbstractHandler {
        protected Map<String, String> attributes; // set by beforeHandle(), nulled by afterHandle()
        private int handled;

        public final String handle(String requestLine) {
            beforeHandle(requestLine);
            String response = doHandle();
            afterHandle();
            return response;
        }

        private void beforeHandle(String requestLine) {
            String[] parts = requestLine.split(" ", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException("malformed request line: " + requestLine);
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("method", parts[0]);
            attrs.put("path", parts[1]);
            if (parts.length == 3) {
                attrs.put("body", parts[2]);
            }
            attributes = attrs;
        }

        private void afterHandle() {
            attributes = null;
            handled++;
        }

        /** Hook: called only between beforeHandle() and afterHandle(). */
        protected abstract String doHandle();

        public int handledCount() {
            return handled;
        }
    }

    static final class EchoHandler extends AbstractHandler {
        @Override
        protected String doHandle() {
            return attributes.get("method") + " " + attributes.get("path");
        }
    }

    static final class JsonHandler extends AbstractHandler {
        @Override
        protected String doHandle() {
            if (!"POST".equals(attributes.get("method"))) {
                throw new UnsupportedOperationException("only POST is supported");
            }
            String body = attributes.getOrDefault("body", "");
            if (!body.startsWith("{")) {
                throw new IllegalArgumentException("body is not JSON");
            }
            return "accepted " + body.length() + " bytes at " + attributes.get("path");
        }
    }

    private final Map<String, AbstractHandler> mounts = new LinkedHashMap<>();

    public void mount(String prefix, AbstractHandler handler) {
        if (!prefix.startsWith("/")) {
            throw new IllegalArgumentException("prefix must start with /");
        }
        mounts.put(prefix, handler);
    }

    public String dispatch(String requestLine) {
        String[] parts = requestLine.split(" ");
        String path = parts.length > 1 ? parts[1] : "";
        for (Map.Entry<String, AbstractHandler> e : mounts.entrySet()) {
            if (path.startsWith(e.getKey())) {
                return e.getValue().handle(requestLine);
            }
        }
        throw new NoSuchElementException("no handler for " + path);
    }

    public static void main(String[] args) {
        SD23RequestPipeline pipeline = new SD23RequestPipeline();
        EchoHandler echo = new EchoHandler();
        JsonHandler json = new JsonHandler();
        expect(IllegalArgumentException.class, () -> pipeline.mount("api", json));
        pipeline.mount("/api", json);
        pipeline.mount("/", echo);

        // before any request: attributes are null, only the counters are readable
        check(echo.handledCount() == 0 && json.handledCount() == 0, "no requests yet");
        expect(NoSuchElementException.class, () -> new SD23RequestPipeline().dispatch("GET /x"));

        // during requests (the map exists inside doHandle), then dropped after each, repeatedly
        for (int round = 1; round <= 3; round++) {
            check("GET /home".equals(pipeline.dispatch("GET /home")), "echo round " + round);
            check(echo.handledCount() == round, "echo handled " + round);
            check("accepted 7 bytes at /api/u".equals(pipeline.dispatch("POST /api/u {\"a\":1}")), "json");
            check(json.handledCount() == round, "json handled " + round);
        }
        expect(UnsupportedOperationException.class, () -> pipeline.dispatch("GET /api/u"));
        expect(IllegalArgumentException.class, () -> pipeline.dispatch("POST /api/u plain"));
        expect(IllegalArgumentException.class, () -> echo.handle("GARBAGE"));
        check(json.handledCount() == 3 && echo.handledCount() == 3, "failed requests are not counted");

        // the map is re-created by the next request after failures
        check("PUT /x".equals(echo.handle("PUT /x")), "direct handle after failure");
        check(json.handle("POST /api/v {}").startsWith("accepted 2"), "json after failure");
        check(echo.handledCount() == 4 && json.handledCount() == 4, "final counts");
        System.out.println("SD23RequestPipeline ok");
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
