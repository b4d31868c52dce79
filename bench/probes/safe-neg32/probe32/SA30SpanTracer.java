package probe32;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal tracer in the shape of OpenTelemetry / Brave: spans are inner-class handles that
 * remove themselves from the tracer's active-span table when closed. The table exists only
 * while the tracer runs; stop() marks every open span finished before dropping it, and spans
 * are created only while the table exists, so an unfinished span implies a live table.
 */
public class SA30SpanTracer {

    private Map<Long, Span> active; // null while stopped
    private final List<String> exported = new ArrayList<>();
    private long nextId = 1;

    public void start() {
        if (active == null) {
            active = new LinkedHashMap<>();
        }
    }

    public Span begin(String operation) {
        if (active == null) {
            throw new IllegalStateException("tracer stopped");
        }
        Span span = new Span(nextId++, operation);
        active.put(span.id, span);
        return span;
    }

    public void stop() {
        if (active == null) {
            return;
        }
        for (Span s : active.values()) {
            s.finished = true;
            exported.add(s.operation + "(abandoned)");
        }
        active = null;
    }

    public int activeCount() {
        return active == null ? 0 : active.size();
    }

    public List<String> exported() {
        return List.copyOf(exported);
    }

    public final class Span implements AutoCloseable {
        private final long id;
        private final String operation;
        private final StringBuilder tags = new StringBuilder();
        private boolean finished;

        private Span(long id, String operation) {
            this.id = id;
            this.operation = operation;
        }

        public Span tag(String key, Object value) {
            if (!finished) {
                tags.append(' ').append(key).append('=').append(value);
            }
            return this;
        }

        @Override
        public void close() {
            if (finished) {
                return;
            }
            finished = true;
            active.remove(id);
            exported.add(operation + tags);
        }
    }

    public static void main(String[] args) {
        SA30SpanTracer tracer = new SA30SpanTracer();
        try {
            tracer.begin("too-early");
        } catch (IllegalStateException expected) {
            System.out.println("begin refused: " + expected.getMessage() + " active=" + tracer.activeCount());
        }
        tracer.stop();
        tracer.start();
        try (Span request = tracer.begin("GET /users")) {
            request.tag("http.status", 200);
            try (Span db = tracer.begin("SELECT users")) {
                db.tag("rows", 3);
                System.out.println("nested active=" + tracer.activeCount());
            }
        }
        Span leaked = tracer.begin("background-job").tag("attempt", 1);
        Span closedEarly = tracer.begin("quick");
        closedEarly.close();
        closedEarly.close();
        System.out.println("active before stop=" + tracer.activeCount());
        tracer.stop();
        tracer.stop();
        leaked.tag("late", true);
        leaked.close();
        closedEarly.close();
        tracer.start();
        Span again = tracer.begin("restart");
        leaked.close();
        again.close();
        System.out.println("active=" + tracer.activeCount() + " exported=" + tracer.exported());
    }
}
