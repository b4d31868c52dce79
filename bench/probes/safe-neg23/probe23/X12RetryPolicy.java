package probe23;

import java.time.Duration;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Retry policy with an optional backoff schedule (attempt number to delay). Without a schedule every
 * retry waits {@link #DEFAULT_DELAY}. The value-object methods rely on JDK utilities that accept
 * null ({@code Objects.equals/hash/toString}, string concatenation). Not thread-safe.
 */
public final class X12RetryPolicy {

    static final Duration DEFAULT_DELAY = Duration.ofMillis(100);

    private final int maxAttempts;
    private SortedMap<Integer, Duration> backoff;

    public X12RetryPolicy(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        this.maxAttempts = maxAttempts;
    }

    /** From the given attempt on, wait the given delay (until a later step overrides it). */
    public X12RetryPolicy backoffFrom(int attempt, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (backoff == null) {
            backoff = new TreeMap<>();
        }
        backoff.put(attempt, delay);
        return this;
    }

    public void resetBackoff() {
        backoff = null;
    }

    public Duration delayBefore(int attempt) {
        if (attempt > maxAttempts) {
            throw new IllegalArgumentException("attempt " + attempt + " exceeds " + maxAttempts);
        }
        if (backoff == null) {
            return DEFAULT_DELAY;
        }
        SortedMap<Integer, Duration> upTo = backoff.headMap(attempt + 1);
        return upTo.isEmpty() ? DEFAULT_DELAY : upTo.get(upTo.lastKey());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof X12RetryPolicy other
                && maxAttempts == other.maxAttempts
                && Objects.equals(backoff, other.backoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, backoff);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts
                + ", backoff=" + Objects.toString(backoff, "default(" + DEFAULT_DELAY + ")")
                + ", raw=" + backoff + ", text=" + String.valueOf(backoff) + "}";
    }

    public static void main(String[] args) {
        X12RetryPolicy a = new X12RetryPolicy(5);
        X12RetryPolicy b = new X12RetryPolicy(5);
        System.out.println(a + " equal=" + a.equals(b) + " sameHash=" + (a.hashCode() == b.hashCode())
                + " delay(3)=" + a.delayBefore(3));
        a.backoffFrom(2, Duration.ofMillis(200)).backoffFrom(4, Duration.ofSeconds(1));
        for (int i = 1; i <= 5; i++) {
            System.out.println("  attempt " + i + " waits " + a.delayBefore(i));
        }
        System.out.println(a + " equal=" + a.equals(b) + " reverse=" + b.equals(a));
        a.resetBackoff();
        System.out.println("reset equal=" + a.equals(b) + " delay(4)=" + a.delayBefore(4));
    }
}
