package probe37;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Telemetry exporter. A batch table for in-flight (unacknowledged) batches exists exactly when
 * the exporter is both configured (has an endpoint) and connected. Each of the two flags may be
 * raised in either order; whichever is raised second creates the table, and lowering either
 * drops it. Methods test {@code configured && connected} only.
 */
public class SG25TelemetryExporter {

    static final class Exporter {
        private boolean configured;
        private boolean connected;
        private NavigableMap<Integer, List<String>> inFlight; // non-null exactly when configured && connected
        private String endpoint = "";
        private int nextBatch;

        public void configure(String url) {
            if (url == null || !url.startsWith("https://")) {
                throw new IllegalArgumentException("endpoint must be https: " + url);
            }
            if (configured) {
                throw new IllegalStateException("already configured for " + endpoint);
            }
            if (connected) {
                inFlight = new TreeMap<>();
            }
            endpoint = url;
            configured = true;
        }

        public void connect() {
            if (connected) {
                throw new IllegalStateException("already connected");
            }
            if (configured) {
                inFlight = new TreeMap<>();
            }
            connected = true;
        }

        public int send(List<String> lines) {
            if (!(configured && connected)) {
                throw new IllegalStateException("exporter not ready (configured=" + configured + ", connected=" + connected + ")");
            }
            if (lines == null || lines.isEmpty()) {
                throw new IllegalArgumentException("empty batch");
            }
            int id = ++nextBatch;
            inFlight.put(id, new ArrayList<>(lines));
            return id;
        }

        public void ack(int batchId) {
            if (!(configured && connected)) {
                throw new IllegalStateException("exporter not ready");
            }
            if (inFlight.remove(batchId) == null) {
                throw new NoSuchElementException("unknown batch " + batchId);
            }
        }

        public int unacked() {
            return configured && connected ? inFlight.size() : 0;
        }

        /** Idempotent; unacknowledged batches are dropped with the connection. */
        public void disconnect() {
            connected = false;
            inFlight = null;
        }

        public void unconfigure() {
            configured = false;
            endpoint = "";
            inFlight = null;
        }
    }

    public static void main(String[] args) {
        Exporter exporter = new Exporter();

        // Phase 1: before the map exists (each flag alone is not enough).
        expect(IllegalStateException.class, () -> exporter.send(List.of("cpu 1")));
        exporter.connect();
        expect(IllegalStateException.class, () -> exporter.send(List.of("cpu 1")));
        check(exporter.unacked() == 0, "connected but unconfigured");
        expect(IllegalArgumentException.class, () -> exporter.configure("http://insecure"));

        // Phase 2: while it exists.
        exporter.configure("https://otel.example.org");
        expect(IllegalStateException.class, () -> exporter.configure("https://other"));
        int b1 = exporter.send(List.of("cpu 0.5", "mem 512"));
        int b2 = exporter.send(List.of("cpu 0.7"));
        exporter.ack(b1);
        expect(NoSuchElementException.class, () -> exporter.ack(b1));
        expect(IllegalArgumentException.class, () -> exporter.send(List.of()));
        check(exporter.unacked() == 1, "b2 in flight " + b2);

        // Phase 3: after it has been dropped (twice, by each flag).
        exporter.disconnect();
        exporter.disconnect();
        expect(IllegalStateException.class, () -> exporter.ack(b2));
        exporter.unconfigure();
        exporter.connect();
        expect(IllegalStateException.class, () -> exporter.send(List.of("x")));
        check(exporter.unacked() == 0, "dropped");

        // Phase 4: after it has been created again (configure raised second this time).
        exporter.configure("https://otel.example.org");
        int b3 = exporter.send(List.of("disk 10"));
        check(exporter.unacked() == 1 && b3 == 3, "fresh table");
        exporter.ack(b3);
        exporter.unconfigure();
        exporter.disconnect();
        System.out.println("SG25TelemetryExporter ok");
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
