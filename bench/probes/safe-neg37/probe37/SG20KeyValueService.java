package probe37;

import java.util.HashMap;

/**
 * Service framework with a lifecycle template: the final start()/stop()/handle() methods of the
 * base class decide when the subclass hooks run. The subclass creates its store in doStart(),
 * drops it in doStop(), and relies on doHandle() only ever being invoked while running.
 * Both classes are private, so the protected hooks cannot be called from outside this file.
 */
public class SG20KeyValueService {

    private abstract static class AbstractService {
        private boolean running;

        public final void start() {
            if (running) {
                throw new IllegalStateException(name() + " already running");
            }
            doStart();
            running = true;
        }

        public final void stop() {
            if (!running) {
                return;
            }
            running = false;
            doStop();
        }

        public final String handle(String request) {
            if (!running) {
                throw new IllegalStateException(name() + " is not running");
            }
            if (request == null || request.isBlank()) {
                throw new IllegalArgumentException("empty request");
            }
            return doHandle(request.trim().split("\\s+"));
        }

        public final boolean isRunning() {
            return running;
        }

        protected abstract String name();

        protected abstract void doStart();

        protected abstract void doStop();

        protected abstract String doHandle(String[] words);
    }

    private static final class KeyValueService extends AbstractService {
        private HashMap<String, String> store; // created by doStart(), dropped by doStop()

        @Override
        protected String name() {
            return "kv-service";
        }

        @Override
        protected void doStart() {
            store = new HashMap<>();
        }

        @Override
        protected void doStop() {
            store = null;
        }

        @Override
        protected String doHandle(String[] words) {
            switch (words[0]) {
                case "PUT":
                    if (words.length != 3) {
                        throw new IllegalArgumentException("usage: PUT key value");
                    }
                    String previous = store.put(words[1], words[2]);
                    return previous == null ? "CREATED" : "UPDATED";
                case "GET":
                    return words.length == 2 ? store.getOrDefault(words[1], "NOT_FOUND") : "BAD_REQUEST";
                case "DEL":
                    return words.length == 2 && store.remove(words[1]) != null ? "DELETED" : "NOT_FOUND";
                case "SIZE":
                    return Integer.toString(store.size());
                default:
                    throw new UnsupportedOperationException("unknown command " + words[0]);
            }
        }
    }

    public static void main(String[] args) {
        KeyValueService service = new KeyValueService();

        // Phase 1: before the map exists.
        check(!service.isRunning(), "not running");
        expect(IllegalStateException.class, () -> service.handle("GET a"));
        service.stop();

        // Phase 2: while it exists.
        service.start();
        expect(IllegalStateException.class, service::start);
        check(service.handle("PUT a 1").equals("CREATED") && service.handle("PUT a 2").equals("UPDATED"), "put");
        check(service.handle("GET a").equals("2") && service.handle("GET b").equals("NOT_FOUND"), "get");
        check(service.handle("DEL a").equals("DELETED") && service.handle("SIZE").equals("0"), "del");
        expect(UnsupportedOperationException.class, () -> service.handle("FLUSHALL"));
        expect(IllegalArgumentException.class, () -> service.handle("PUT a"));
        expect(IllegalArgumentException.class, () -> service.handle("   "));

        // Phase 3: after it has been dropped (twice).
        service.stop();
        service.stop();
        check(!service.isRunning(), "stopped");
        expect(IllegalStateException.class, () -> service.handle("SIZE"));

        // Phase 4: after it has been created again.
        service.start();
        check(service.handle("GET a").equals("NOT_FOUND") && service.handle("PUT z 9").equals("CREATED"), "fresh");
        service.stop();
        System.out.println("SG20KeyValueService ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
