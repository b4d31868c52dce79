package probe23;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request timer with an optional per-endpoint breakdown. {@link #record} tests the breakdown map
 * once, keeps the answer in a final local, and later relies on that local instead of testing the
 * field again; nothing between the test and the use can touch the field. Not thread-safe.
 */
public final class X31RequestTimer {

    private long count;
    private long totalNanos;
    private long maxNanos;
    private Map<String, Long> perEndpoint;

    public void enableBreakdown() {
        if (perEndpoint == null) {
            perEndpoint = new TreeMap<>();
        }
    }

    public void disableBreakdown() {
        perEndpoint = null;
    }

    public void record(String uri, long startNanos, long endNanos) {
        final boolean breakdown = perEndpoint != null;
        long elapsed = endNanos - startNanos;
        if (elapsed < 0) {
            throw new IllegalArgumentException("end before start");
        }
        String endpoint = normalize(uri);
        count++;
        totalNanos += elapsed;
        if (elapsed > maxNanos) {
            maxNanos = elapsed;
        }
        if (breakdown) {
            perEndpoint.merge(endpoint, elapsed, Long::sum);
        }
    }

    /** Collapses numeric path segments so /users/42 and /users/7 share one endpoint. */
    private static String normalize(String uri) {
        if (uri == null || uri.isEmpty()) {
            return "/";
        }
        int q = uri.indexOf('?');
        String path = (q >= 0 ? uri.substring(0, q) : uri).toLowerCase(Locale.ROOT);
        return path.replaceAll("/\\d+(?=/|$)", "/{id}");
    }

    public String summary() {
        StringBuilder sb = new StringBuilder()
                .append("n=").append(count)
                .append(" avg=").append(count == 0 ? 0 : totalNanos / count)
                .append(" max=").append(maxNanos);
        final boolean breakdown = perEndpoint != null;
        sb.append(breakdown ? " endpoints=" : " (no breakdown)");
        if (breakdown) {
            sb.append(perEndpoint);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        X31RequestTimer timer = new X31RequestTimer();
        timer.record("/users/42?verbose=1", 100, 350);
        System.out.println(timer.summary());
        timer.enableBreakdown();
        timer.record("/users/7", 0, 120);
        timer.record("/Orders/9/items", 0, 90);
        timer.record(null, 5, 5);
        System.out.println(timer.summary());
        timer.disableBreakdown();
        timer.record("/users/1", 0, 1000);
        System.out.println(timer.summary());
    }
}
