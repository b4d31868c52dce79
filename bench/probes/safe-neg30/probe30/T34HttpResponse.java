package probe30;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** HTTP response head whose headers are parsed on first access. */
public final class T34HttpResponse {
    private final String head; // status line and header lines, CRLF separated
    private int status;
    private TreeMap<String, List<String>> headers; // see ensureParsed()
    private boolean parsed;

    public T34HttpResponse(String head) {
        this.head = head;
    }

    /** Parses the head once; afterwards headers is non-null until trim(). */
    private void ensureParsed() {
        if (parsed) return;
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/") || !statusLine[1].matches("\\d{3}")) {
            throw new IllegalArgumentException("malformed status line: " + lines[0]);
        }
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("malformed header: " + line);
            h.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        status = Integer.parseInt(statusLine[1]);
        headers = h;
        parsed = true;
    }

    public int status() {
        ensureParsed();
        return status;
    }

    public Optional<String> header(String name) {
        ensureParsed();
        List<String> values = headers.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> headerValues(String name) {
        ensureParsed();
        return List.copyOf(headers.getOrDefault(name, List.of()));
    }

    public OptionalLong contentLength() {
        Optional<String> v = header("Content-Length");
        if (v.isEmpty()) return OptionalLong.empty();
        if (!v.get().matches("\\d{1,18}")) throw new IllegalArgumentException("bad Content-Length " + v.get());
        return OptionalLong.of(Long.parseLong(v.get()));
    }

    public boolean isParsed() {
        return parsed;
    }

    /** Drops the parsed form to save memory on long-lived responses; it is rebuilt on demand. */
    public void trim() {
        parsed = false;
        headers = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T34HttpResponse ok = new T34HttpResponse(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nContent-Length: 42\r\n\r\n");
        assert !ok.isParsed();
        assert ok.header("content-type").orElseThrow().equals("text/html");
        assert ok.isParsed() && ok.status() == 200;
        assert ok.headerValues("SET-COOKIE").equals(List.of("a=1", "b=2"));
        assert ok.contentLength().getAsLong() == 42 && ok.header("Location").isEmpty();

        ok.trim();
        assert !ok.isParsed();
        assert ok.headerValues("Set-Cookie").size() == 2; // parsed again on demand
        ok.trim();
        assert ok.contentLength().getAsLong() == 42;
        ok.trim();
        assert ok.status() == 200;

        T34HttpResponse redirect = new T34HttpResponse("HTTP/1.0 302 Found\r\nLocation: /new\r\nContent-Length: x");
        assert redirect.header("location").orElseThrow().equals("/new");
        expectFailure(redirect::contentLength);
        T34HttpResponse noHeaders = new T34HttpResponse("HTTP/2 204");
        assert noHeaders.headerValues("x").isEmpty() && noHeaders.contentLength().isEmpty();

        T34HttpResponse broken = new T34HttpResponse("garbage");
        expectFailure(broken::status);
        expectFailure(() -> broken.header("Content-Type"));
        expectFailure(() -> broken.headerValues("Content-Type"));
        expectFailure(broken::contentLength);
        assert !broken.isParsed();
        broken.trim();
        expectFailure(() -> new T34HttpResponse("HTTP/1.1 200 OK\r\nno colon here").status());
        expectFailure(() -> new T34HttpResponse("").status());
        System.out.println("T34 ok");
    }
}
