package probe38;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fluent finder of a small ORM. Query hints are optional, so the finder's
 * {@code hints} field stays null until the first hint() and is dropped again
 * by clearHints(). The finder never reads that field directly: it always goes
 * through {@link Options}, a record whose compact constructor replaces a null
 * map with an empty one (and copies a non-null one). Single-threaded.
 */
public final class SH29QueryFinder {

    public record Options(int limit, Map<String, String> hints) {
        public Options {
            if (limit < 0) {
                throw new IllegalArgumentException("limit");
            }
            hints = hints == null
                    ? Collections.emptyMap()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(hints));
        }

        public String hint(String key) {
            return hints.get(key);
        }
    }

    private final String table;
    private int limit;
    private Map<String, String> hints; // null until the first hint(), null again after clearHints()
    private final List<String> issued = new ArrayList<>();

    public SH29QueryFinder(String table) {
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("table");
        }
        this.table = table;
    }

    public SH29QueryFinder hint(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("hint key and value are required");
        }
        Map<String, String> next = new LinkedHashMap<>(options().hints());
        next.put(key, value);
        hints = next;
        return this;
    }

    public SH29QueryFinder limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit");
        }
        limit = n;
        return this;
    }

    public SH29QueryFinder clearHints() {
        hints = null;
        return this;
    }

    public Options options() {
        return new Options(limit, hints);
    }

    public String toSql() {
        Options o = options();
        StringBuilder sb = new StringBuilder();
        if (!o.hints().isEmpty()) {
            sb.append("/*+ ");
            o.hints().forEach((k, v) -> sb.append(k).append('(').append(v).append(") "));
            sb.append("*/ ");
        }
        sb.append("SELECT * FROM ").append(table);
        if (o.limit() > 0) {
            sb.append(" LIMIT ").append(o.limit());
        }
        issued.add(sb.toString());
        return sb.toString();
    }

    public static void main(String[] args) {
        SH29QueryFinder f = new SH29QueryFinder("orders");
        // phase 1: before the map exists
        check("SELECT * FROM orders".equals(f.toSql()), "plain");
        check(f.options().hints().isEmpty() && f.options().hint("INDEX") == null, "no hints");
        check(new Options(0, null).hints().isEmpty(), "record replaces null");
        expect(IllegalArgumentException.class, () -> f.hint("INDEX", null));
        // phase 2: while it exists
        f.hint("INDEX", "orders_by_date").hint("PARALLEL", "4").limit(10);
        check("/*+ INDEX(orders_by_date) PARALLEL(4) */ SELECT * FROM orders LIMIT 10".equals(f.toSql()), f.toSql());
        check("4".equals(f.options().hint("PARALLEL")), "hint lookup");
        Options snapshot = f.options();
        f.hint("PARALLEL", "8");
        check("4".equals(snapshot.hint("PARALLEL")), "record copied the map");
        // phase 3: after it is dropped (twice)
        f.clearHints();
        f.clearHints();
        check("SELECT * FROM orders LIMIT 10".equals(f.toSql()) && f.options().hints().isEmpty(), "cleared");
        // phase 4: created again
        f.hint("FULL", "orders");
        check("/*+ FULL(orders) */ SELECT * FROM orders LIMIT 10".equals(f.toSql()), "hint again");
        System.out.println("SH29QueryFinder OK issued=" + f.issued.size());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
