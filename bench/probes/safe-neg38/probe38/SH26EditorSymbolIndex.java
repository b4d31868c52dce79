package probe38;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Outline / symbol index of the document shown in an editor tab.
 *
 * <p>Invariant: {@code openPath != null} iff {@code symbols != null}. open()
 * parses into a local first and then sets both; close() clears both. Each
 * edit calls reparse(), which replaces the map with a freshly built one
 * rather than mutating it. Methods test {@code openPath}, which is also what
 * the tab title shows. Single-threaded (UI thread).
 */
public final class SH26EditorSymbolIndex {

    private String openPath;              // null when no document is open
    private String text;
    private Map<String, Integer> symbols; // symbol -> 1-based line; non-null exactly while openPath != null
    private int parses;

    public void open(String path, String content) {
        if (path == null || content == null) {
            throw new IllegalArgumentException("path and content are required");
        }
        Map<String, Integer> parsed = parse(content);
        openPath = path;
        text = content;
        symbols = parsed;
    }

    public void edit(String newContent) {
        if (newContent == null) {
            throw new IllegalArgumentException("content");
        }
        if (openPath == null) {
            throw new IllegalStateException("no document open");
        }
        text = newContent;
        reparse();
    }

    /** Callers guarantee a document is open. */
    private void reparse() {
        symbols = parse(text);
    }

    public OptionalInt lineOf(String symbol) {
        if (openPath == null) {
            return OptionalInt.empty();
        }
        Integer line = symbols.get(symbol);
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    public List<String> outline() {
        if (openPath == null) {
            return List.of();
        }
        return new ArrayList<>(symbols.keySet());
    }

    public String title() {
        return openPath == null ? "(no file)" : openPath + " [" + symbols.size() + " symbols]";
    }

    public void close() {
        openPath = null;
        text = null;
        symbols = null;
    }

    private Map<String, Integer> parse(String content) {
        parses++;
        Map<String, Integer> found = new LinkedHashMap<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            for (String keyword : new String[] {"class ", "def "}) {
                if (t.startsWith(keyword)) {
                    String rest = t.substring(keyword.length());
                    int end = 0;
                    while (end < rest.length() && Character.isJavaIdentifierPart(rest.charAt(end))) {
                        end++;
                    }
                    if (end > 0) {
                        found.putIfAbsent(rest.substring(0, end), i + 1);
                    }
                }
            }
        }
        return found;
    }

    public static void main(String[] args) {
        SH26EditorSymbolIndex ix = new SH26EditorSymbolIndex();
        // phase 1: before the map exists
        check("(no file)".equals(ix.title()) && ix.outline().isEmpty() && ix.lineOf("Foo").isEmpty(), "empty");
        expect(IllegalStateException.class, () -> ix.edit("class X"));
        expect(IllegalArgumentException.class, () -> ix.open(null, ""));
        // phase 2: while it exists
        ix.open("shapes.py", "class Shape:\n  def area(self):\n    pass\nclass Circle(Shape):\n");
        check(ix.outline().equals(List.of("Shape", "area", "Circle")), "outline " + ix.outline());
        check(ix.lineOf("Circle").equals(OptionalInt.of(4)) && ix.lineOf("nope").isEmpty(), "lines");
        ix.edit("def main():\n  pass\n");
        check(ix.outline().equals(List.of("main")) && ix.lineOf("Shape").isEmpty(), "reparsed into fresh map");
        check("shapes.py [1 symbols]".equals(ix.title()), ix.title());
        // phase 3: after it is dropped (twice)
        ix.close();
        ix.close();
        check(ix.outline().isEmpty() && ix.lineOf("main").isEmpty() && "(no file)".equals(ix.title()), "closed");
        expect(IllegalStateException.class, () -> ix.edit("def x(): pass"));
        // phase 4: created again
        ix.open("empty.py", "");
        check(ix.outline().isEmpty() && "empty.py [0 symbols]".equals(ix.title()), "reopened");
        ix.edit("class Z: pass");
        check(ix.lineOf("Z").equals(OptionalInt.of(1)), "edited");
        System.out.println("SH26EditorSymbolIndex OK " + ix.title() + " parses=" + ix.parses);
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
