package probe30;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Parses dotted "a.b.c = value" configuration into a tree and answers path queries. */
public final class T28ConfigTree {
    /** Section node: child names mapped to either String values or nested sections. */
    private static final class Section extends TreeMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    private Map<String, Object> root; // null until parse(), and after discard()

    public void parse(String text) {
        Section tree = new Section();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            String key = eq > 0 ? line.substring(0, eq).strip() : "";
            if (!key.matches("[\\w-]+(\\.[\\w-]+)*")) throw new IllegalArgumentException("bad line: " + line);
            insert(tree, key, line.substring(eq + 1).strip());
        }
        root = tree;
    }

    private static void insert(Section tree, String key, String value) {
        String[] parts = key.split("\\.");
        Section current = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = current.computeIfAbsent(parts[i], k -> new Section());
            if (!(child instanceof Section next)) throw new IllegalArgumentException(key + " descends into a value");
            current = next;
        }
        String leaf = parts[parts.length - 1];
        if (current.get(leaf) instanceof Section) throw new IllegalArgumentException(key + " would replace a section");
        current.put(leaf, value);
    }

    private Object find(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            node = node instanceof Section s ? s.get(part) : null;
        }
        return node;
    }

    public Optional<String> getString(String path) {
        return find(path) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public OptionalInt getInt(String path) {
        Optional<String> s = getString(path);
        if (s.isEmpty()) return OptionalInt.empty();
        if (!s.get().matches("-?\\d{1,9}")) throw new IllegalArgumentException(path + " is not an int");
        return OptionalInt.of(Integer.parseInt(s.get()));
    }

    public SortedSet<String> children(String path) {
        Object node = path.isEmpty() ? root : find(path);
        return node instanceof Section s ? new TreeSet<>(s.keySet()) : new TreeSet<>();
    }

    public int topLevelCount() {
        return root instanceof Section r ? r.size() : 0;
    }

    public boolean isParsed() {
        return root != null;
    }

    public void discard() {
        root = null;
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
        T28ConfigTree cfg = new T28ConfigTree();
        assert !cfg.isParsed() && cfg.topLevelCount() == 0;
        assert cfg.getString("server.port").isEmpty() && cfg.getInt("server.port").isEmpty();
        assert cfg.children("").isEmpty() && cfg.children("server").isEmpty();
        cfg.discard();

        cfg.parse("# app\nserver.port = 8080\nserver.host=example.org\nlog.level=debug\nname = demo\n");
        assert cfg.isParsed() && cfg.topLevelCount() == 3;
        assert cfg.getInt("server.port").getAsInt() == 8080;
        assert cfg.getString("server.host").orElseThrow().equals("example.org");
        assert cfg.getString("server").isEmpty();            // a section, not a value
        assert cfg.getString("name.first").isEmpty();        // descends into a value
        assert cfg.children("").equals(new TreeSet<>(java.util.List.of("log", "name", "server")));
        assert cfg.children("server").size() == 2 && cfg.children("name").isEmpty();
        expectFailure(() -> cfg.getInt("log.level"));

        expectFailure(() -> cfg.parse("a.b=1\na.b.c=2"));
        expectFailure(() -> cfg.parse("a.b.c=1\na.b=2"));
        expectFailure(() -> cfg.parse("no equals sign"));
        assert cfg.getInt("server.port").getAsInt() == 8080; // failed parses keep the old tree

        cfg.discard();
        assert cfg.getString("server.host").isEmpty() && cfg.topLevelCount() == 0;
        assert cfg.children("").isEmpty();
        cfg.parse("");
        assert cfg.isParsed() && cfg.topLevelCount() == 0;
        System.out.println("T28 ok");
    }
}
