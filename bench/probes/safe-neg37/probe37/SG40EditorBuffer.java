package probe37;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * IDE editor buffer with an optional symbol index. The load state is a sealed interface; its
 * Loaded variant carries an {@code indexed} flag, and the symbol map is non-null exactly when the
 * state is Loaded with indexed() == true. Methods inspect the state value, never the map.
 */
public class SG40EditorBuffer {

    sealed interface LoadState permits NotLoaded, Loaded { }

    record NotLoaded(String reason) implements LoadState { }

    record Loaded(String path, int lines, boolean indexed) implements LoadState { }

    static final class EditorBuffer {
        private LoadState state = new NotLoaded("never opened");
        private TreeMap<String, Integer> symbols; // symbol -> line; non-null exactly when indexed
        private List<String> text = List.of();

        public LoadState open(String path, List<String> lines, boolean buildIndex) {
            if (path == null || lines == null || lines.stream().anyMatch(l -> l == null)) {
                throw new IllegalArgumentException("path and lines required");
            }
            if (state instanceof Loaded current) {
                throw new IllegalStateException(current.path() + " is still open");
            }
            text = List.copyOf(lines);
            if (buildIndex) {
                symbols = buildIndex(text);
            }
            state = new Loaded(path, text.size(), buildIndex);
            return state;
        }

        private static TreeMap<String, Integer> buildIndex(List<String> lines) {
            TreeMap<String, Integer> index = new TreeMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("def ") && line.indexOf('(') > 4) {
                    index.putIfAbsent(line.substring(4, line.indexOf('(')), i + 1);
                }
            }
            return index;
        }

        public int gotoSymbol(String name) {
            if (state instanceof Loaded loaded && loaded.indexed()) {
                Integer line = name == null ? null : symbols.get(name);
                if (line == null) {
                    throw new NoSuchElementException("no symbol " + name + " in " + loaded.path());
                }
                return line;
            }
            if (state instanceof Loaded) {
                throw new UnsupportedOperationException("indexing disabled for this buffer");
            }
            throw new IllegalStateException("no file open: " + ((NotLoaded) state).reason());
        }

        public LoadState enableIndex() {
            if (!(state instanceof Loaded loaded)) {
                throw new IllegalStateException("no file open");
            }
            if (!loaded.indexed()) {
                symbols = buildIndex(text);
                state = new Loaded(loaded.path(), loaded.lines(), true);
            }
            return state;
        }

        public int symbolCount() {
            return state instanceof Loaded loaded && loaded.indexed() ? symbols.size() : 0;
        }

        /** Idempotent. */
        public LoadState close() {
            state = new NotLoaded("closed");
            symbols = null;
            text = List.of();
            return state;
        }
    }

    public static void main(String[] args) {
        EditorBuffer buffer = new EditorBuffer();
        List<String> source = List.of("def main():", "    run()", "def run(x):", "    pass");

        // Phase 1: before the map exists (nothing open, then open without an index).
        expect(IllegalStateException.class, () -> buffer.gotoSymbol("main"));
        expect(IllegalStateException.class, buffer::enableIndex);
        check(buffer.open("app.py", source, false).equals(new Loaded("app.py", 4, false)), "opened unindexed");
        expect(UnsupportedOperationException.class, () -> buffer.gotoSymbol("main"));
        check(buffer.symbolCount() == 0, "no index");

        // Phase 2: while it exists.
        check(buffer.enableIndex() instanceof Loaded l && l.indexed(), "index enabled");
        check(buffer.gotoSymbol("run") == 3 && buffer.gotoSymbol("main") == 1 && buffer.symbolCount() == 2, "symbols");
        expect(NoSuchElementException.class, () -> buffer.gotoSymbol("missing"));
        expect(NoSuchElementException.class, () -> buffer.gotoSymbol(null));
        expect(IllegalStateException.class, () -> buffer.open("other.py", source, true));

        // Phase 3: after it has been dropped (twice).
        check(buffer.close() instanceof NotLoaded && buffer.close() instanceof NotLoaded, "closed twice");
        expect(IllegalStateException.class, () -> buffer.gotoSymbol("run"));
        check(buffer.symbolCount() == 0, "no symbols");

        // Phase 4: after it has been created again.
        buffer.open("lib.py", List.of("def helper(a, b):"), true);
        check(buffer.gotoSymbol("helper") == 1 && buffer.symbolCount() == 1, "reindexed");
        buffer.close();
        System.out.println("SG40EditorBuffer ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
