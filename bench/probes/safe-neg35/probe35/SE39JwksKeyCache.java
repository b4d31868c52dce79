package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Cache of JSON Web Key Set signing keys for an OAuth resource server. Keys are valid
 * until a deadline computed from an injected clock. The deadline is Long.MIN_VALUE
 * whenever the key map is absent, so "now < expiresAt" can only hold while it exists.
 */
public class SE39JwksKeyCache {
    private static final long NEVER = Long.MIN_VALUE;

    private final LongSupplier clock;
    private final long ttlMillis;
    private Map<String, String> keysById; // null unless a fresh key set is loaded
    private long expiresAt = NEVER;       // NEVER exactly when keysById is null
    private int refreshes;

    public SE39JwksKeyCache(LongSupplier clock, long ttlMillis) {
        if (ttlMillis <= 0) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        this.clock = clock;
        this.ttlMillis = ttlMillis;
    }

    private boolean fresh() {
        return clock.getAsLong() < expiresAt;
    }

    public void refresh(Map<String, String> jwks) {
        keysById = new HashMap<>(jwks);
        expiresAt = clock.getAsLong() + ttlMillis;
        refreshes++;
    }

    public void evict() {
        expiresAt = NEVER;
        keysById = null;
    }

    public String key(String kid) {
        if (!fresh()) {
            evict();
            throw new IllegalStateException("JWKS expired or not loaded, refresh required");
        }
        String key = keysById.get(kid);
        if (key == null) {
            throw new NoSuchElementException("unknown kid " + kid);
        }
        return key;
    }

    public int cachedKeys() {
        return fresh() ? keysById.size() : 0;
    }

    public static void main(String[] args) {
        AtomicLong now = new AtomicLong(1_000);
        SE39JwksKeyCache cache = new SE39JwksKeyCache(now::get, 300);
        expect(IllegalArgumentException.class, () -> new SE39JwksKeyCache(now::get, 0));
        check(cache.cachedKeys() == 0, "empty");
        expect(IllegalStateException.class, () -> cache.key("k1"));

        cache.refresh(Map.of("k1", "RSA-1", "k2", "EC-2"));
        check(cache.key("k1").equals("RSA-1") && cache.cachedKeys() == 2, "fresh");
        expect(NoSuchElementException.class, () -> cache.key("k9"));
        now.addAndGet(299);
        check(cache.key("k2").equals("EC-2"), "still fresh just before deadline");
        now.addAndGet(1);
        check(cache.cachedKeys() == 0, "expired at deadline");
        expect(IllegalStateException.class, () -> cache.key("k2"));

        for (int round = 0; round < 2; round++) {
            cache.refresh(Map.of("k3", "RSA-3"));
            check(cache.key("k3").equals("RSA-3"), "refreshed " + round);
            cache.evict();
            cache.evict();
            check(cache.cachedKeys() == 0, "evicted");
            expect(IllegalStateException.class, () -> cache.key("k3"));
        }

        cache.refresh(Map.of("k4", "EC-4"));
        now.addAndGet(100);
        check(cache.key("k4").equals("EC-4") && cache.refreshes == 4, "reloaded");
        System.out.println("SE39JwksKeyCache ok");
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
