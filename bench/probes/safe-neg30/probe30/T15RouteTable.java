package probe30;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Reverse-proxy route table: longest path-prefix match to a backend. */
public final class T15RouteTable {
    private NavigableMap<String, String> routes; // path prefix -> backend
    private boolean ready;                       // true only after a complete, validated load

    public void load(List<String> lines) {
        List<String> input = List.copyOf(lines);
        ready = false;
        routes = new TreeMap<>();
        try {
            for (String line : input) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
                String[] parts = trimmed.split("\\s*->\\s*");
                if (parts.length != 2 || !parts[0].startsWith("/") || parts[1].isEmpty()) {
                    throw new IllegalArgumentException("bad route: " + line);
                }
                if (routes.put(parts[0], parts[1]) != null) {
                    throw new IllegalArgumentException("duplicate prefix " + parts[0]);
                }
            }
            ready = true;
        } finally {
            if (!ready) routes = null; // never leave a half-built table behind
        }
    }

    public boolean isReady() {
        return ready;
    }

    public Optional<String> route(String path) {
        if (!ready) return Optional.empty();
        for (Map.Entry<String, String> e = routes.floorEntry(path); e != null; e = routes.lowerEntry(e.getKey())) {
            String prefix = e.getKey();
            if (!path.startsWith(prefix)) continue;
            if (prefix.endsWith("/") || path.length() == prefix.length() || path.charAt(prefix.length()) == '/') {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    public int size() {
        return ready ? routes.size() : 0;
    }

    public void clear() {
        ready = false;
        routes = null;
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
        T15RouteTable table = new T15RouteTable();
        assert !table.isReady() && table.size() == 0;
        assert table.route("/api/users").isEmpty();
        table.clear();

        table.load(List.of("# proxy", "/ -> web", "/api -> api-v1", "/api/v2 -> api-v2", ""));
        assert table.isReady() && table.size() == 3;
        assert table.route("/api/users").orElseThrow().equals("api-v1");
        assert table.route("/api/v2/users").orElseThrow().equals("api-v2");
        assert table.route("/apix").orElseThrow().equals("web");
        assert table.route("/api").orElseThrow().equals("api-v1");

        expectFailure(() -> table.load(List.of("/ok -> a", "broken line")));
        assert !table.isReady() && table.size() == 0;
        assert table.route("/ok").isEmpty();
        expectFailure(() -> table.load(List.of("/a -> x", "/a -> y")));
        assert table.route("/a").isEmpty();

        table.load(List.of("/static -> cdn"));
        assert table.route("/static/app.js").orElseThrow().equals("cdn");
        assert table.route("/other").isEmpty();
        assert table.route("/t").isEmpty(); // floor entry is longer than the path
        table.clear();
        assert table.route("/static/app.js").isEmpty() && table.size() == 0;
        System.out.println("T15 ok");
    }
}
