package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Local build cache of a Gradle-like tool: task key -> artifact path. The cache can be
 * toggled by --build-cache; the boolean flag is assigned together with the table.
 */
public class SE14BuildCache {
    private boolean enabled;
    private Map<String, String> outputsByKey; // non-null exactly when enabled
    private int hits;
    private int misses;

    public void enable() {
        if (enabled) {
            return;
        }
        outputsByKey = new HashMap<>();
        enabled = true;
    }

    public void disable() {
        enabled = false;
        outputsByKey = null;
    }

    private static String key(String task, String inputsHash) {
        if (task.isEmpty() || inputsHash.length() < 4) {
            throw new IllegalArgumentException("bad cache key " + task + "@" + inputsHash);
        }
        return task + "@" + inputsHash;
    }

    public Optional<String> lookup(String task, String inputsHash) {
        String cacheKey = key(task, inputsHash);
        if (!enabled) {
            return Optional.empty();
        }
        String artifact = outputsByKey.get(cacheKey);
        if (artifact == null) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(artifact);
    }

    public void store(String task, String inputsHash, String artifact) {
        String cacheKey = key(task, inputsHash);
        if (enabled) {
            outputsByKey.put(cacheKey, artifact);
        }
    }

    public int invalidate(String task) {
        if (!enabled) {
            throw new IllegalStateException("build cache is disabled");
        }
        int before = outputsByKey.size();
        outputsByKey.keySet().removeIf(k -> k.startsWith(task + "@"));
        return before - outputsByKey.size();
    }

    public int entries() {
        return enabled ? outputsByKey.size() : 0;
    }

    public static void main(String[] args) {
        SE14BuildCache cache = new SE14BuildCache();
        cache.store(":compileJava", "abcd1234", "build/classes");
        check(cache.lookup(":compileJava", "abcd1234").isEmpty() && cache.entries() == 0, "disabled");
        expect(IllegalStateException.class, () -> cache.invalidate(":compileJava"));
        expect(IllegalArgumentException.class, () -> cache.lookup(":jar", "ab"));

        cache.enable();
        cache.enable();
        cache.store(":compileJava", "abcd1234", "build/classes");
        cache.store(":jar", "ffff0000", "build/libs/app.jar");
        check(cache.lookup(":compileJava", "abcd1234").orElse("").equals("build/classes"), "hit");
        check(cache.lookup(":compileJava", "00000000").isEmpty(), "miss");
        check(cache.invalidate(":jar") == 1 && cache.entries() == 1, "invalidate");

        for (int round = 0; round < 2; round++) {
            cache.disable();
            check(cache.entries() == 0 && cache.lookup(":compileJava", "abcd1234").isEmpty(), "dropped");
            cache.store(":test", "12345678", "build/test-results");
            expect(IllegalStateException.class, () -> cache.invalidate(":test"));
        }

        cache.enable();
        check(cache.lookup(":compileJava", "abcd1234").isEmpty(), "fresh cache");
        cache.store(":test", "12345678", "build/test-results");
        check(cache.entries() == 1 && cache.hits == 1 && cache.misses == 2, "stats");
        System.out.println("SE14BuildCache ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
