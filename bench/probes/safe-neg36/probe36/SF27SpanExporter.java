package probe36;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trace exporter of a telemetry SDK. The endpoint is held as an Optional that is present exactly while the
 * per-kind pending-count map exists; every access asks the Optional.
 */
public final class SF27SpanExporter {
    enum SpanKind { SERVER, CLIENT, PRODUCER, CONSUMER, INTERNAL }

    private Optional<String> endpoint = Optional.empty(); // present exactly while pendingByKind != null
    private EnumMap<SpanKind, Integer> pendingByKind;
    private final List<String> sent = new ArrayList<>();

    public void connect(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("unsupported endpoint " + url);
        }
        if (endpoint.isPresent()) {
            throw new IllegalStateException("already connected to " + endpoint.get());
        }
        pendingByKind = new EnumMap<>(SpanKind.class);
        endpoint = Optional.of(url);
    }

    public void record(SpanKind kind) {
        if (endpoint.isEmpty()) {
            throw new IllegalStateException("exporter is not connected");
        }
        pendingByKind.merge(kind, 1, Integer::sum);
    }

    public int pending(SpanKind kind) {
        return endpoint.isPresent() ? pendingByKind.getOrDefault(kind, 0) : 0;
    }

    public int flush() {
        return endpoint.map(url -> {
            int total = 0;
            for (Map.Entry<SpanKind, Integer> entry : pendingByKind.entrySet()) {
                sent.add(url + " " + entry.getKey() + " x" + entry.getValue());
                total += entry.getValue();
            }
            pendingByKind.clear();
            return total;
        }).orElse(0);
    }

    public void disconnect() {
        if (endpoint.isEmpty()) {
            throw new IllegalStateException("exporter is not connected");
        }
        endpoint = Optional.empty();
        pendingByKind = null;
    }

    public List<String> sent() {
        return List.copyOf(sent);
    }

    public static void main(String[] args) {
        SF27SpanExporter exporter = new SF27SpanExporter();
        // Phase 1: not connected.
        expect(IllegalStateException.class, () -> exporter.record(SpanKind.SERVER));
        expect(IllegalStateException.class, exporter::disconnect);
        check(exporter.pending(SpanKind.SERVER) == 0 && exporter.flush() == 0, "inert before connect");
        expect(IllegalArgumentException.class, () -> exporter.connect("udp://collector"));
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): connected.
            exporter.connect("https://collector:4318");
            expect(IllegalStateException.class, () -> exporter.connect("https://other"));
            exporter.record(SpanKind.SERVER);
            exporter.record(SpanKind.SERVER);
            exporter.record(SpanKind.CLIENT);
            check(exporter.pending(SpanKind.SERVER) == 2 && exporter.pending(SpanKind.INTERNAL) == 0, "pending counts");
            check(exporter.flush() == 3 && exporter.pending(SpanKind.SERVER) == 0, "flushed");
            exporter.record(SpanKind.CONSUMER);
            // Phase 3: disconnected with one span still pending (twice over the loop).
            exporter.disconnect();
            check(exporter.pending(SpanKind.CONSUMER) == 0 && exporter.flush() == 0, "dropped on disconnect");
            expect(IllegalStateException.class, () -> exporter.record(SpanKind.PRODUCER));
            expect(IllegalStateException.class, exporter::disconnect);
        }
        exporter.connect("http://localhost:4318");
        check(exporter.pending(SpanKind.CONSUMER) == 0, "reconnected with an empty table");
        check(exporter.sent().size() == 4 && exporter.sent().get(0).equals("https://collector:4318 SERVER x2"), "export log");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
