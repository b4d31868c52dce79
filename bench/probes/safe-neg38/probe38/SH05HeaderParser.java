package probe38;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * HTTP/1.1 field parser. Trailer fields are rare, so the trailer map is only
 * allocated when a chunked message really carries trailers; readers substitute
 * an empty map with {@code Objects.requireNonNullElse}. Single-threaded.
 */
public final class SH05HeaderParser {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private Map<String, String> trailers; // null unless trailers were seen; reset() drops it

    public int parseHeaders(String block) {
        Map<String, String> found = parseBlock(block);
        headers.putAll(found);
        return found.size();
    }

    public int parseTrailers(String block) {
        Map<String, String> found = parseBlock(block);
        if (!found.isEmpty()) {
            if (trailers == null) {
                trailers = found;
            } else {
                trailers.putAll(found);
            }
        }
        return found.size();
    }

    public String header(String name) {
        return headers.get(key(name));
    }

    public String trailer(String name) {
        return Objects.requireNonNullElse(trailers, Collections.<String, String>emptyMap()).get(key(name));
    }

    public int trailerCount() {
        return Objects.requireNonNullElse(trailers, Collections.emptyMap()).size();
    }

    public Map<String, String> allFields() {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(Objects.requireNonNullElse(trailers, Collections.emptyMap()));
        return all;
    }

    public void reset() {
        headers.clear();
        trailers = null;
    }

    private static Map<String, String> parseBlock(String block) {
        if (block == null) {
            throw new IllegalArgumentException("block");
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : block.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("malformed field: " + line);
            }
            found.put(key(line.substring(0, colon)), line.substring(colon + 1).trim());
        }
        return found;
    }

    private static String key(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field name");
        }
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public static void main(String[] args) {
        SH05HeaderParser p = new SH05HeaderParser();
        // phase 1: before the map exists
        check(p.trailerCount() == 0 && p.trailer("Expires") == null, "no trailers yet");
        check(p.parseHeaders("Host: example.org\r\nTransfer-Encoding: chunked") == 2, "headers");
        check(p.parseTrailers("") == 0 && p.trailerCount() == 0, "empty trailer block allocates nothing");
        check(p.allFields().size() == 2, "only headers");
        expect(IllegalArgumentException.class, () -> p.parseTrailers(": no name"));
        expect(IllegalArgumentException.class, () -> p.trailer(null));
        // phase 2: while it exists
        check(p.parseTrailers("X-Checksum: abc123\nExpires: never") == 2, "two trailers");
        check("abc123".equals(p.trailer("x-checksum")), "checksum");
        check(p.trailerCount() == 2 && p.allFields().size() == 4, "merged");
        check("example.org".equals(p.header("HOST")), "host header");
        // phase 3: after it is dropped (twice)
        p.reset();
        p.reset();
        check(p.trailer("Expires") == null && p.trailerCount() == 0, "dropped");
        check(p.allFields().isEmpty(), "nothing after reset");
        // phase 4: created again
        p.parseTrailers("Server-Timing: db;dur=53");
        check("db;dur=53".equals(p.trailer("server-timing")) && p.trailerCount() == 1, "again");
        System.out.println("SH05HeaderParser OK " + p.allFields());
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
