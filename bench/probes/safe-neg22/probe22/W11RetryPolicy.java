package probe22;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Retry policy parsed from a compact spec string ({@code none}, {@code fixed:200x3},
 * {@code exponential:100x5}). The constructor's if / else-if / else chain assigns the backoff
 * table in every branch that completes normally; the last branch throws.
 */
public class W11RetryPolicy {

    public static final class RetryPolicy {
        private NavigableMap<Integer, Long> backoffMillis; // failed attempt number -> delay
        private final int maxAttempts;
        private final String spec;

        public RetryPolicy(String spec) {
            String s = spec == null ? "" : spec.trim();
            this.spec = s.isEmpty() ? "none" : s;
            if (s.isEmpty() || s.equals("none")) {
                backoffMillis = Collections.emptyNavigableMap();
                maxAttempts = 1;
            } else if (s.startsWith("fixed:")) {
                long[] p = parse(s.substring("fixed:".length()));
                backoffMillis = new TreeMap<>();
                backoffMillis.put(1, p[0]);
                maxAttempts = (int) p[1];
            } else if (s.startsWith("exponential:")) {
                long[] p = parse(s.substring("exponential:".length()));
                TreeMap<Integer, Long> table = new TreeMap<>();
                for (int failed = 1; failed < p[1]; failed++) {
                    table.put(failed, p[0] << (failed - 1));
                }
                backoffMillis = table;
                maxAttempts = (int) p[1];
            } else {
                throw new IllegalArgumentException("unknown retry spec: " + spec);
            }
        }

        private static long[] parse(String body) {
            int x = body.indexOf('x');
            if (x <= 0) {
                throw new IllegalArgumentException("expected <delay>x<attempts>: " + body);
            }
            long delay = Long.parseLong(body.substring(0, x));
            long attempts = Long.parseLong(body.substring(x + 1));
            if (attempts < 1 || attempts > 30 || delay < 0) {
                throw new IllegalArgumentException("out of range: " + body);
            }
            return new long[] {delay, attempts};
        }

        /** Delay before the given attempt (1-based), or -1 if that attempt must not be made. */
        public long delayBeforeAttempt(int attempt) {
            if (attempt < 1 || attempt > maxAttempts) {
                return -1;
            }
            if (attempt == 1) {
                return 0;
            }
            Map.Entry<Integer, Long> e = backoffMillis.floorEntry(attempt - 1);
            return e == null ? 0 : e.getValue();
        }

        public long totalBackoff() {
            long total = 0;
            for (int a = 2; a <= maxAttempts; a++) {
                total += delayBeforeAttempt(a);
            }
            return total;
        }

        @Override
        public String toString() {
            return spec + " -> " + maxAttempts + " attempts, table " + backoffMillis + ", last "
                    + (backoffMillis.isEmpty() ? "-" : backoffMillis.lastEntry().getValue());
        }
    }

    public static void main(String[] args) {
        for (String spec : new String[] {null, "none", "fixed:200x3", "exponential:100x5"}) {
            RetryPolicy p = new RetryPolicy(spec);
            System.out.println(p + " delay(3)=" + p.delayBeforeAttempt(3) + " total=" + p.totalBackoff());
        }
        for (String bad : new String[] {"linear:5x2", "fixed:abc", "fixed:10x99"}) {
            try {
                new RetryPolicy(bad);
                System.out.println("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                System.out.println("rejected " + bad + ": " + expected.getMessage());
            }
        }
    }
}
