package probe34;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** Parses an HTTP/1.1 header block; every reader works on a local copy of the header map. */
public class SD02HttpHeaderParser {
    private Map<String, String> headers; // null before parse() and after reset()
    private int parsedBlocks;

    public void parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("empty header block");
        }
        Map<String, String> parsed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line : raw.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("malformed header line: " + line);
            }
            parsed.merge(line.substring(0, colon).trim(), line.substring(colon + 1).trim(),
                    (first, second) -> first + ", " + second);
        }
        headers = parsed;
        parsedBlocks++;
    }

    public String header(String name) {
        Map<String, String> h = headers;
        if (h == null) {
            return null;
        }
        return h.get(name);
    }

    public long contentLength() {
        Map<String, String> h = headers;
        if (h == null) {
            return -1L;
        }
        String value = h.get("Content-Length");
        return value == null ? -1L : Long.parseLong(value);
    }

    public boolean keepAlive() {
        Map<String, String> h = headers;
        return h != null && !"close".equalsIgnoreCase(h.get("Connection"));
    }

    public List<String> names() {
        Map<String, String> h = headers;
        if (h == null) {
            return List.of();
        }
        return new ArrayList<>(h.keySet());
    }

    public int parsedBlocks() {
        return parsedBlocks;
    }

    public void reset() {
        headers = null;
    }

    private static void exerciseEmpty(SD02HttpHeaderParser p, int blocks) {
        check(p.header("Host") == null, "header while empty");
        check(p.contentLength() == -1L, "content length while empty");
        check(!p.keepAlive(), "keep-alive while empty");
        check(p.names().isEmpty(), "names while empty");
        check(p.parsedBlocks() == blocks, "parsed block count");
        expect(IllegalArgumentException.class, () -> p.parse("  "));
    }

    public static void main(String[] args) {
        SD02HttpHeaderParser parser = new SD02HttpHeaderParser();
        exerciseEmpty(parser, 0);
        parser.reset();
        exerciseEmpty(parser, 0);

        parser.parse("Host: example.org\nContent-Length: 42\nAccept: text/html\naccept: application/json");
        check("example.org".equals(parser.header("host")), "case-insensitive lookup");
        check("text/html, application/json".equals(parser.header("ACCEPT")), "merged header");
        check(parser.contentLength() == 42L, "content length");
        check(parser.keepAlive(), "keep-alive default");
        check(parser.names().size() == 3, "names: " + parser.names());
        check(parser.parsedBlocks() == 1, "one block parsed");
        expect(IllegalArgumentException.class, () -> parser.parse("no colon here"));
        check(parser.contentLength() == 42L, "failed parse keeps previous headers");

        parser.reset();
        exerciseEmpty(parser, 1);
        parser.reset();
        exerciseEmpty(parser, 1);

        parser.parse("Connection: close\r\nX-Trace: abc");
        check(!parser.keepAlive(), "connection close");
        check(parser.contentLength() == -1L, "no content length");
        check("abc".equals(parser.header("x-trace")), "trace header");
        check(parser.names().size() == 2 && parser.parsedBlocks() == 2, "second block");
        parser.reset();
        exerciseEmpty(parser, 2);
        System.out.println("SD02HttpHeaderParser ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
