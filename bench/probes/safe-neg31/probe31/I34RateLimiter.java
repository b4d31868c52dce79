package probe31;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Per-tier request quota. During WARMUP everything is admitted, in ACTIVE quotas are enforced,
 * DRAINED rejects all. The remaining-quota map exists only in ACTIVE; switch expressions route on phase.
 */
public final class I34RateLimiter {
    public enum Tier { FREE, PRO, ENTERPRISE }

    private enum Phase { WARMUP, ACTIVE, DRAINED }

    private final EnumMap<Tier, Integer> quotas = new EnumMap<>(Tier.class);
    private Phase phase = Phase.WARMUP;
    private EnumMap<Tier, Integer> remaining; // non-null iff phase == ACTIVE

    public I34RateLimiter(Map<Tier, Integer> quotaPerTier) {
        quotas.putAll(quotaPerTier);
    }

    public void activate() {
        phase = switch (phase) {
            case WARMUP, DRAINED -> {
                remaining = new EnumMap<>(quotas);
                yield Phase.ACTIVE;
            }
            case ACTIVE -> Phase.ACTIVE;
        };
    }

    public boolean tryAcquire(Tier tier) {
        if (tier == null) {
            throw new IllegalArgumentException("tier is required");
        }
        return switch (phase) {
            case WARMUP -> true;
            case ACTIVE -> consume(tier);
            case DRAINED -> false;
        };
    }

    private boolean consume(Tier tier) {
        int left = remaining.getOrDefault(tier, 0);
        if (left <= 0) {
            return false;
        }
        remaining.put(tier, left - 1);
        return true;
    }

    public void refill() {
        if (phase == Phase.ACTIVE) {
            remaining.putAll(quotas);
        }
    }

    public void drain() {
        phase = Phase.DRAINED;
        remaining = null;
    }

    public OptionalInt remaining(Tier tier) {
        return switch (phase) {
            case ACTIVE -> OptionalInt.of(remaining.getOrDefault(tier, 0));
            case WARMUP, DRAINED -> OptionalInt.empty();
        };
    }

    public String phase() {
        return phase.name();
    }

    public static void main(String[] args) {
        I34RateLimiter limiter = new I34RateLimiter(Map.of(Tier.FREE, 1, Tier.PRO, 3));
        // WARMUP: no map yet, everything admitted
        if (!limiter.tryAcquire(Tier.FREE) || !limiter.tryAcquire(Tier.FREE) || limiter.remaining(Tier.FREE).isPresent()) {
            throw new AssertionError("warmup");
        }
        limiter.refill();
        limiter.activate();
        limiter.activate();
        if (!limiter.tryAcquire(Tier.FREE) || limiter.tryAcquire(Tier.FREE)) throw new AssertionError("free quota");
        if (limiter.tryAcquire(Tier.ENTERPRISE)) throw new AssertionError("no quota configured");
        if (limiter.remaining(Tier.PRO).getAsInt() != 3) throw new AssertionError("pro quota");
        limiter.refill();
        if (limiter.remaining(Tier.FREE).getAsInt() != 1) throw new AssertionError("refill");
        try {
            limiter.tryAcquire(null);
            throw new AssertionError("null tier");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        limiter.drain();
        limiter.drain();
        limiter.refill();
        if (limiter.tryAcquire(Tier.PRO) || limiter.remaining(Tier.PRO).isPresent()) throw new AssertionError("drained");
        limiter.activate(); // reactivation recreates the map
        System.out.println("I34 phase=" + limiter.phase() + " pro=" + limiter.remaining(Tier.valueOf("PRO")).getAsInt()
                + " tiers=" + Tier.values().length);
    }
}
