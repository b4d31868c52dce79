package probe36;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-file symbol index of an IDE plugin, cached against the file's modification stamp (IntelliJ
 * CachedValue / PSI modification-count style). ensureFresh() rebuilds whenever the recorded stamp differs from
 * the file's stamp; the stamp is recorded only after the map is assigned and is reset to NEVER (never a real
 * stamp) whenever the map is dropped. After ensureFresh() the map is therefore always present.
 */
public final class SF37SymbolIndex {
    /** A mutable source file with a monotonically increasing modification counter. */
    public static final class SourceFile {
        private final List<String> lines = new ArrayList<>();
        private long modificationCount;

        public void setText(String text) {
            lines.clear();
            lines.addAll(List.of(text.split("\n")));
            modificationCount++;
        }

        public long modificationCount() {
            return modificationCount;
        }
    }

    private static final long NEVER = -1L;

    private final SourceFile file;
    private HashMap<String, Integer> index; // symbol -> declaring line
    private long indexedStamp = NEVER;     // equals file.modificationCount() only while 'index' is built
    private int rebuilds;

    public SF37SymbolIndex(SourceFile file) {
        this.file = file;
    }

    private void ensureFresh() {
        long stamp = file.modificationCount();
        if (stamp != indexedStamp) {
            HashMap<String, Integer> fresh = new HashMap<>();
            for (int i = 0; i < file.lines.size(); i++) {
                String line = file.lines.get(i).strip();
                if (line.startsWith("def ") || line.startsWith("class ")) {
                    String name = line.substring(line.indexOf(' ') + 1).split("[(: ]")[0];
                    if (fresh.putIfAbsent(name, i + 1) != null) {
                        throw new IllegalArgumentException("duplicate declaration of " + name + " at line " + (i + 1));
                    }
                }
            }
            index = fresh;
            indexedStamp = stamp;
            rebuilds++;
        }
    }

    public int declarationLine(String symbol) {
        ensureFresh();
        Integer line = index.get(symbol);
        if (line == null) {
            throw new NoSuchElementException("no declaration of " + symbol);
        }
        return line;
    }

    public Set<String> symbols() {
        ensureFresh();
        return new TreeSet<>(index.keySet());
    }

    /** Called by the IDE under memory pressure. */
    public void dropCaches() {
        index = null;
        indexedStamp = NEVER;
    }

    public boolean isCached() {
        return indexedStamp == file.modificationCount();
    }

    public static void main(String[] args) {
        SourceFile file = new SourceFile();
        SF37SymbolIndex index = new SF37SymbolIndex(file);
        // Phase 1: never built (the empty file has stamp 0, the index has NEVER).
        check(!index.isCached(), "not cached initially");
        check(index.symbols().isEmpty() && index.rebuilds == 1, "built lazily for the empty file");
        file.setText("class Parser:\n  def parse(self):\n    pass\ndef main():\n  pass");
        check(!index.isCached(), "edit invalidates");
        // Phase 2: built.
        check(index.declarationLine("parse") == 2 && index.declarationLine("main") == 4, "lines");
        check(index.symbols().equals(Set.of("Parser", "parse", "main")) && index.rebuilds == 2, "one rebuild for two queries");
        expect(NoSuchElementException.class, () -> index.declarationLine("lex"));
        // Phase 3: dropped, twice.
        for (int round = 0; round < 2; round++) {
            index.dropCaches();
            check(!index.isCached(), "dropped");
            check(index.declarationLine("Parser") == 1, "rebuilt on demand");
        }
        check(index.rebuilds == 4, "two more rebuilds");
        // A failed rebuild leaves the old stamp, so the next query retries.
        file.setText("def a():\ndef a():");
        expect(IllegalArgumentException.class, () -> index.declarationLine("a"));
        expect(IllegalArgumentException.class, index::symbols);
        // Phase 4: created again after a valid edit.
        file.setText("def a():\ndef b():");
        check(index.declarationLine("b") == 2 && index.isCached(), "fresh index");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
