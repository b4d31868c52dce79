package probe23b;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HTTP server header container; the charset overload forgets to create the map. */
public class G01HeaderRegistry {
    private static final String FILE = "G01HeaderRegistry.java";
    private static final int L1 = 32;
    private static final int L2 = 56;

    private final String charset;
    private Map<String, List<String>> headers;

    public G01HeaderRegistry() {
        this.charset = "UTF-8";
        this.headers = new LinkedHashMap<>();
    }

    public G01HeaderRegistry(String charset) {
        this.charset = charset;
    }

    public G01HeaderRegistry(Map<String, List<String>> initial) {
        this.charset = "UTF-8";
        this.headers = new LinkedHashMap<>(initial);
    }

    public void add(String name, String value) {
        headers.computeIfAbsent(name.toLowerCase(), k -> new ArrayList<>()).add(value); // BUG
    }

    public void addSafely(String name, String value) {
        if (headers == null) {
            headers = new LinkedHashMap<>();
        }
        headers.computeIfAbsent(name.toLowerCase(), k -> new ArrayList<>()).add(value);
    }

    public String first(String name) {
        if (headers == null) {
            return null;
        }
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public int size() {
        return headers == null ? 0 : headers.size();
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : headers.entrySet()) { // BUG
            sb.append(e.getKey()).append(": ").append(String.join(",", e.getValue())).append("\r\n");
        }
        return sb.toString();
    }

    public String renderSafely() {
        Map<String, List<String>> snapshot = headers;
        if (snapshot == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : snapshot.entrySet()) {
            sb.append(e.getKey()).append(": ").append(String.join(",", e.getValue())).append("\r\n");
        }
        return sb.toString();
    }

    public String charset() {
        return charset;
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
        G01HeaderRegistry plain = new G01HeaderRegistry();
        plain.add("Content-Type", "text/html");
        plain.add("Accept", "a");
        plain.add("accept", "b");
        assert plain.size() == 2;
        assert "text/html".equals(plain.first("content-type"));
        assert plain.render().contains("accept: a,b");
        G01HeaderRegistry copied = new G01HeaderRegistry(Map.of("x-id", List.of("7")));
        assert "7".equals(copied.first("X-Id"));
        assert copied.renderSafely().equals(copied.render());
        G01HeaderRegistry latin = new G01HeaderRegistry("ISO-8859-1");
        assert latin.size() == 0;
        assert latin.first("host") == null;
        assert latin.renderSafely().isEmpty();
        latin.addSafely("Host", "example.org");
        assert "example.org".equals(latin.first("host"));
        assert latin.render().startsWith("host");
        assert "ISO-8859-1".equals(latin.charset());

        try {
            new G01HeaderRegistry("UTF-16").add("Host", "a");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            new G01HeaderRegistry("US-ASCII").render();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
