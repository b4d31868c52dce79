package probe20;

import java.io.Closeable;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

public class S22AuditLogWriter implements Closeable {
    enum Level { INFO, WARN, SECURITY }

    private final StringWriter sink = new StringWriter();
    private EnumMap<Level, Integer> counters = new EnumMap<>(Level.class);
    private Map<String, String> context;

    public void withContext(String key, String value) {
        if (counters == null) {
            throw new IllegalStateException("closed");
        }
        if (context == null) {
            context = new HashMap<>();
        }
        context.put(key, value);
    }

    public boolean write(Level level, String message) {
        if (counters == null) {
            return false;
        }
        counters.merge(level, 1, Integer::sum);
        sink.append(level.name()).append(' ').append(message);
        if (context != null && !context.isEmpty()) {
            sink.append(' ').append(context.toString());
        }
        sink.append('\n');
        return true;
    }

    public int count(Level level) {
        return counters == null ? 0 : counters.getOrDefault(level, 0);
    }

    @Override
    public void close() {
        if (counters != null) {
            sink.append("summary ").append(counters.toString()).append('\n');
        }
        counters = null;
        context = null;
    }

    public static void main(String[] args) {
        S22AuditLogWriter w = new S22AuditLogWriter();
        try (w) {
            w.write(Level.INFO, "service boot");
            w.withContext("user", "admin");
            w.write(Level.SECURITY, "login");
            w.write(Level.WARN, "disk 91%");
            System.out.println("security events: " + w.count(Level.SECURITY));
        }
        System.out.println("write after close: " + w.write(Level.INFO, "late"));
        System.out.println("count after close: " + w.count(Level.INFO));
        try {
            w.withContext("k", "v");
        } catch (IllegalStateException e) {
            System.out.println("expected: " + e.getMessage());
        }
        w.close();
        System.out.print(w.sink);
    }
}
