package probe32;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP cache entry as a record, in the spirit of OkHttp's or Caffeine-backed response caches.
 * Negative entries (status >= 400) are stored as tombstones without headers: the compact
 * constructor enforces headers == null exactly when the status is an error, and every method
 * decides on the status before touching the headers component.
 */
public record SA28CachedResponse(int status, Map<String, String> headers, String body) {

    public SA28CachedResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("bad status " + status);
        }
        if (status >= 400) {
            if (headers != null) {
                throw new IllegalArgumentException("tombstones carry no headers");
            }
            body = "";
        } else {
            if (headers == null) {
                throw new IllegalArgumentException("positive entries need headers");
            }
            Map<String, String> normalized = new HashMap<>();
            headers.forEach((k, v) -> normalized.put(k.toLowerCase(Locale.ROOT), v));
            headers = Map.copyOf(normalized);
            body = body == null ? "" : body;
        }
    }

    public static SA28CachedResponse tombstone(int status) {
        return new SA28CachedResponse(status, null, null);
    }

    public boolean isNegative() {
        return status >= 400;
    }

    public Optional<String> header(String name) {
        if (isNegative()) {
            return Optional.empty();
        }
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public long maxAgeSeconds() {
        if (status >= 400) {
            return 30;
        }
        String cc = headers.getOrDefault("cache-control", "");
        for (String directive : cc.split(",")) {
            String d = directive.trim();
            if (d.startsWith("max-age=")) {
                return Long.parseLong(d.substring(8));
            }
        }
        return 0;
    }

    public int headerCount() {
        return isNegative() ? 0 : headers.size();
    }

    public static void main(String[] args) {
        SA28CachedResponse ok = new SA28CachedResponse(200,
                Map.of("Content-Type", "text/html", "Cache-Control", "public, max-age=600"), "<h1>hi</h1>");
        SA28CachedResponse gone = tombstone(404);
        System.out.println("ok: type=" + ok.header("content-type").orElse("?") + " maxAge=" + ok.maxAgeSeconds()
                + " headers=" + ok.headerCount() + " etag=" + ok.header("ETag"));
        System.out.println("404: type=" + gone.header("content-type") + " maxAge=" + gone.maxAgeSeconds()
                + " headers=" + gone.headerCount() + " negative=" + gone.isNegative() + " body='" + gone.body() + "'");
        SA28CachedResponse noCc = new SA28CachedResponse(304, Map.of(), null);
        System.out.println("304: maxAge=" + noCc.maxAgeSeconds() + " equals copy=" + noCc.equals(new SA28CachedResponse(304, Map.of(), ""))
                + " tombstones equal=" + gone.equals(tombstone(404)) + " hash=" + (gone.hashCode() == tombstone(404).hashCode()));
        for (Runnable bad : new Runnable[] {
                () -> new SA28CachedResponse(500, Map.of("a", "b"), null),
                () -> new SA28CachedResponse(200, null, "x"),
                () -> new SA28CachedResponse(42, null, null)}) {
            try {
                bad.run();
            } catch (IllegalArgumentException expected) {
                System.out.println("rejected: " + expected.getMessage());
            }
        }
    }
}
