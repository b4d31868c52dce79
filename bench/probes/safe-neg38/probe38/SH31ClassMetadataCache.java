package probe38;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reflection metadata cache of a serialization library (field name ->
 * field type for one class). Thread-safe: the table is built lazily with
 * double-checked locking on a volatile field, and invalidate() may drop it at
 * any time. table() reads the field into a local, re-reads it under the lock,
 * and returns the local, so callers never see the field itself.
 */
public final class SH31ClassMetadataCache {

    private final Class<?> type;
    private volatile Map<String, String> fieldTypes; // built on first use, dropped by invalidate()
    private final AtomicInteger builds = new AtomicInteger();

    public SH31ClassMetadataCache(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type");
        }
        this.type = type;
    }

    private Map<String, String> table() {
        Map<String, String> result = fieldTypes;
        if (result == null) {
            synchronized (this) {
                result = fieldTypes;
                if (result == null) {
                    result = build();
                    fieldTypes = result;
                }
            }
        }
        return result;
    }

    private Map<String, String> build() {
        builds.incrementAndGet();
        Map<String, String> m = new TreeMap<>();
        for (Field f : type.getDeclaredFields()) {
            if (!f.isSynthetic()) {
                m.put(f.getName(), f.getType().getSimpleName());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    public synchronized void invalidate() {
        fieldTypes = null;
    }

    public boolean isCached() {
        return fieldTypes != null;
    }

    public String typeOf(String field) {
        if (field == null) {
            throw new IllegalArgumentException("field");
        }
        return table().get(field);
    }

    public Set<String> fieldNames() {
        return table().keySet();
    }

    public int builds() {
        return builds.get();
    }

    static final class Invoice {
        long id;
        String customer;
        java.math.BigDecimal total;
        List<String> lines;
    }

    public static void main(String[] args) throws Exception {
        SH31ClassMetadataCache cache = new SH31ClassMetadataCache(Invoice.class);
        // phase 1: before the map exists
        check(!cache.isCached() && cache.builds() == 0, "cold");
        expect(IllegalArgumentException.class, () -> cache.typeOf(null));
        // phase 2: while it exists
        check("String".equals(cache.typeOf("customer")) && "long".equals(cache.typeOf("id")), "types");
        check(cache.isCached() && cache.builds() == 1, "built once");
        check(cache.fieldNames().equals(Set.of("customer", "id", "lines", "total")), "names " + cache.fieldNames());
        check(cache.typeOf("missing") == null, "unknown field");
        // phase 3: after it is dropped (twice), then raced against readers
        cache.invalidate();
        cache.invalidate();
        check(!cache.isCached(), "dropped");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 5000; i++) {
                        check("BigDecimal".equals(cache.typeOf("total")), "racy read");
                        check(cache.fieldNames().size() == 4, "racy names");
                    }
                }));
            }
            fs.add(pool.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    cache.invalidate();
                    Thread.yield();
                }
            }));
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // phase 4: created again
        cache.invalidate();
        int before = cache.builds();
        check("List".equals(cache.typeOf("lines")) && cache.builds() == before + 1, "rebuilt once");
        System.out.println("SH31ClassMetadataCache OK builds=" + cache.builds());
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
