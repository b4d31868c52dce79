package probe23b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** HTTP router; select() stores whatever byMethod.get() returns, including null for unknown verbs. */
public class G13RouteTable {
    private static final String FILE = "G13RouteTable.java";
    private static final int L1 = 32;
    private static final int L2 = 46;

    private final Map<String, NavigableMap<String, String>> byMethod = new HashMap<>();
    private NavigableMap<String, String> current;

    void add(String method, String prefix, String handler) {
        byMethod.computeIfAbsent(method, m -> new TreeMap<>()).put(prefix, handler);
    }

    void select(String method) {
        current = byMethod.get(method);
    }

    void selectOrEmpty(String method) {
        current = byMethod.getOrDefault(method, new TreeMap<>());
    }

    String match(String path) {
        Map.Entry<String, String> e = current.floorEntry(path); // BUG
        return e != null && path.startsWith(e.getKey()) ? e.getValue() : "404";
    }

    String matchOrNotAllowed(String path) {
        if (current == null) {
            return "405";
        }
        Map.Entry<String, String> e = current.floorEntry(path);
        return e != null && path.startsWith(e.getKey()) ? e.getValue() : "404";
    }

    List<String> routes() {
        List<String> out = new ArrayList<>();
        for (String prefix : current.descendingKeySet()) { // BUG
            out.add(prefix);
        }
        return out;
    }

    List<String> routesOf(String method) {
        NavigableMap<String, String> m = byMethod.get(method);
        List<String> out = new ArrayList<>();
        if (m != null) {
            out.addAll(m.descendingKeySet());
        }
        return out;
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G13RouteTable rt = new G13RouteTable();
        rt.add("GET", "/api", "api");
        rt.add("GET", "/static", "files");
        rt.add("POST", "/api", "apiWrite");
        rt.select("GET");
        assert "files".equals(rt.match("/static/app.js"));
        assert "404".equals(rt.match("/admin"));
        assert rt.routes().equals(List.of("/static", "/api"));
        rt.select("DELETE");
        assert "405".equals(rt.matchOrNotAllowed("/api"));
        assert rt.routesOf("DELETE").isEmpty();
        assert rt.routesOf("POST").equals(List.of("/api"));
        rt.selectOrEmpty("PATCH");
        assert "404".equals(rt.match("/api"));
        assert rt.routes().isEmpty();
        rt.selectOrEmpty("POST");
        assert "apiWrite".equals(rt.matchOrNotAllowed("/api/x"));

        try {
            rt.select("PUT");
            rt.match("/api");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G13RouteTable empty = new G13RouteTable();
            empty.select("GET");
            empty.routes();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
