package probe30;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Keep-alive HTTP client that attaches per-connection default headers to every request. */
public final class T09HttpClient {
    private LinkedHashMap<String, List<String>> defaultHeaders; // per-connection defaults
    private long connectionId = -1; // -1 while disconnected
    private long connects;
    private final List<String> wire = new ArrayList<>();

    public boolean isOpen() {
        return connectionId >= 0;
    }

    private void requireOpen() {
        if (!isOpen()) throw new IllegalStateException("not connected");
    }

    public void connect(String host) {
        if (isOpen()) throw new IllegalStateException("already connected");
        LinkedHashMap<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", new ArrayList<>(List.of(host)));
        headers.put("User-Agent", new ArrayList<>(List.of("probe-client/1.0")));
        defaultHeaders = headers;
        connectionId = connects++;
    }

    public void addDefaultHeader(String name, String value) {
        requireOpen();
        if (name.equalsIgnoreCase("Host")) throw new IllegalArgumentException("Host is managed by the client");
        defaultHeaders.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    public List<String> defaultHeader(String name) {
        if (!isOpen()) return List.of();
        return List.copyOf(defaultHeaders.getOrDefault(name, List.of()));
    }

    public String send(String method, String path) {
        requireOpen();
        StringBuilder sb = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        defaultHeaders.forEach((n, vs) -> vs.forEach(v -> sb.append(n).append(": ").append(v).append("\r\n")));
        wire.add("#" + connectionId + " " + method + " " + path);
        return sb.append("\r\n").toString();
    }

    public long connectionId() {
        return connectionId;
    }

    public List<String> wireLog() {
        return List.copyOf(wire);
    }

    public void disconnect() {
        if (!isOpen()) return;
        connectionId = -1;
        defaultHeaders = null;
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
        T09HttpClient client = new T09HttpClient();
        assert !client.isOpen() && client.connectionId() == -1;
        assert client.defaultHeader("Host").isEmpty();
        expectFailure(() -> client.addDefaultHeader("Accept", "*/*"));
        expectFailure(() -> client.send("GET", "/"));
        client.disconnect();

        client.connect("example.org");
        expectFailure(() -> client.connect("other.org"));
        assert client.connectionId() == 0;
        client.addDefaultHeader("Accept", "application/json");
        client.addDefaultHeader("Accept", "text/plain");
        expectFailure(() -> client.addDefaultHeader("host", "evil.org"));
        String req = client.send("GET", "/index.html");
        assert req.startsWith("GET /index.html HTTP/1.1\r\nHost: example.org\r\n") : req;
        assert req.contains("Accept: text/plain\r\n") && req.endsWith("\r\n\r\n");
        assert client.defaultHeader("Accept").size() == 2;

        client.disconnect();
        assert client.defaultHeader("Accept").isEmpty();
        expectFailure(() -> client.send("GET", "/"));
        client.connect("example.net");
        assert client.connectionId() == 1 && client.defaultHeader("Accept").isEmpty();
        client.send("HEAD", "/");
        assert client.wireLog().equals(List.of("#0 GET /index.html", "#1 HEAD /"));
        client.disconnect();
        System.out.println("T09 ok");
    }
}
