package probe27;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Streaming loader for flat YAML documents with &anchors and *aliases; open() before read(). */
public final class F04YamlLoader implements AutoCloseable {
    private final String source;
    private BufferedReader reader;       // non-null exactly while open
    private Map<String, String> anchors; // non-null exactly while open
    private int lineNo;

    public F04YamlLoader(String source) { this.source = source; }

    public void open() {
        if (anchors != null) throw new IllegalStateException("already open");
        reader = new BufferedReader(new StringReader(source));
        anchors = new HashMap<>();
        lineNo = 0;
    }

    public boolean isOpen() { return anchors != null; }

    /** Returns the next key/value entry, or null at end of document. */
    public Map.Entry<String, String> read() throws IOException {
        BufferedReader in = reader;
        Map<String, String> known = anchors;
        if (in == null || known == null) {
            throw new IllegalStateException("read() called before open()");
        }
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.equals("---")) continue;
            int colon = t.indexOf(':');
            if (colon < 0) throw new IOException("line " + lineNo + ": expected 'key: value'");
            String key = t.substring(0, colon).strip();
            String value = t.substring(colon + 1).strip();
            if (value.startsWith("&")) {
                int sp = value.indexOf(' ');
                String name = sp < 0 ? value.substring(1) : value.substring(1, sp);
                value = sp < 0 ? "" : value.substring(sp + 1).strip();
                known.put(name, value);
            } else if (value.startsWith("*")) {
                String resolved = known.get(value.substring(1));
                if (resolved == null) throw new IOException("line " + lineNo + ": unknown alias " + value);
                value = resolved;
            }
            return Map.entry(key, value);
        }
        return null;
    }

    public Map<String, String> readAll() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e = read(); e != null; e = read()) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    public int anchorCount() { return anchors == null ? 0 : anchors.size(); }

    @Override public void close() {
        BufferedReader in = reader;
        reader = null;
        anchors = null;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        String doc = String.join("\n", "# service config", "---", "host: &h db.internal", "port: 5432",
                "replica: *h", "", "user: app");
        F04YamlLoader unopened = new F04YamlLoader(doc);
        assert !unopened.isOpen() && unopened.anchorCount() == 0;
        boolean threw = false;
        try {
            unopened.read();
        } catch (IllegalStateException expected) {
            threw = true;
        }
        assert threw;
        unopened.close(); // closing a never-opened loader is a no-op

        try (F04YamlLoader loader = new F04YamlLoader(doc)) {
            loader.open();
            Map<String, String> all = loader.readAll();
            assert all.equals(Map.of("host", "db.internal", "port", "5432", "replica", "db.internal", "user", "app")) : all;
            assert loader.anchorCount() == 1;
            assert loader.read() == null;
        }

        F04YamlLoader bad = new F04YamlLoader("a: *nowhere");
        bad.open();
        boolean ioFailed = false;
        try {
            bad.read();
        } catch (IOException expected) {
            ioFailed = true;
        }
        assert ioFailed;
        bad.close();
        assert !bad.isOpen() && bad.anchorCount() == 0;
        bad.open(); // reopening after close() is allowed
        assert bad.isOpen() && bad.anchorCount() == 0;
        bad.close();
        System.out.println("F04 ok");
    }
}
