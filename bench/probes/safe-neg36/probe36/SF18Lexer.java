package probe36;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Lexer of a small compiler front end, configured by an int bitmask of option flags.
 * The line-start table exists exactly while the TRACK_LINES bit is set; uses test the bit.
 */
public final class SF18Lexer {
    public static final int TRACK_LINES = 1;
    public static final int KEEP_COMMENTS = 1 << 1;
    public static final int FOLD_CASE = 1 << 2;
    private static final int ALL = TRACK_LINES | KEEP_COMMENTS | FOLD_CASE;

    private int flags;
    private TreeMap<Integer, Integer> lineStarts; // offset -> line number; allocated while TRACK_LINES is set
    private final List<String> comments = new ArrayList<>();

    public void setFlags(int newFlags) {
        if ((newFlags & ~ALL) != 0) {
            throw new IllegalArgumentException("unknown lexer flags 0x" + Integer.toHexString(newFlags & ~ALL));
        }
        boolean wasTracking = (flags & TRACK_LINES) != 0;
        boolean tracking = (newFlags & TRACK_LINES) != 0;
        if (tracking && !wasTracking) {
            lineStarts = new TreeMap<>();
        } else if (!tracking) {
            lineStarts = null;
        }
        flags = newFlags;
    }

    public List<String> tokenize(String source) {
        List<String> tokens = new ArrayList<>();
        if ((flags & TRACK_LINES) != 0) {
            lineStarts.clear();
            lineStarts.put(0, 1);
        }
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                if ((flags & TRACK_LINES) != 0) {
                    lineStarts.put(i + 1, line);
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                if ((flags & KEEP_COMMENTS) != 0) {
                    comments.add(source.substring(i, end));
                }
                i = end;
            } else {
                int start = i++;
                if (Character.isLetterOrDigit(c)) {
                    while (i < source.length() && Character.isLetterOrDigit(source.charAt(i))) {
                        i++;
                    }
                }
                String token = source.substring(start, i);
                tokens.add((flags & FOLD_CASE) != 0 ? token.toLowerCase(Locale.ROOT) : token);
            }
        }
        return tokens;
    }

    public int lineOf(int offset) {
        if ((flags & TRACK_LINES) == 0) {
            throw new IllegalStateException("line tracking is disabled");
        }
        Map.Entry<Integer, Integer> start = lineStarts.floorEntry(offset);
        if (start == null) {
            throw new NoSuchElementException("no line information for offset " + offset);
        }
        return start.getValue();
    }

    public int trackedLines() {
        return (flags & TRACK_LINES) != 0 ? lineStarts.size() : 0;
    }

    public List<String> comments() {
        return List.copyOf(comments);
    }

    public static void main(String[] args) {
        SF18Lexer lexer = new SF18Lexer();
        String source = "LET x = 1\n# note\nPRINT x\n";
        // Phase 1: default flags, no table.
        check(lexer.tokenize(source).equals(List.of("LET", "x", "=", "1", "PRINT", "x")), "plain tokens");
        expect(IllegalStateException.class, () -> lexer.lineOf(0));
        check(lexer.trackedLines() == 0 && lexer.comments().isEmpty(), "nothing tracked");
        expect(IllegalArgumentException.class, () -> lexer.setFlags(1 << 5));
        // Phase 2: tracking on.
        lexer.setFlags(TRACK_LINES | FOLD_CASE);
        expect(NoSuchElementException.class, () -> lexer.lineOf(0));
        check(lexer.tokenize(source).get(0).equals("let"), "folded");
        check(lexer.lineOf(0) == 1 && lexer.lineOf(source.indexOf("PRINT")) == 3, "line numbers");
        check(lexer.trackedLines() == 4, "four line starts");
        lexer.setFlags(TRACK_LINES | KEEP_COMMENTS); // still tracking: table kept
        check(lexer.lineOf(12) == 2, "table survives unrelated flag changes");
        // Phase 3: tracking off, twice.
        for (int round = 0; round < 2; round++) {
            lexer.setFlags(KEEP_COMMENTS);
            lexer.tokenize(source);
            expect(IllegalStateException.class, () -> lexer.lineOf(3));
            check(lexer.trackedLines() == 0, "no lines after disabling");
            lexer.setFlags(0);
        }
        check(lexer.comments().size() == 2, "comments kept twice");
        // Phase 4: tracking on again, with a new table.
        lexer.setFlags(TRACK_LINES);
        check(lexer.trackedLines() == 0, "new table is empty");
        lexer.tokenize("a\nb");
        check(lexer.lineOf(2) == 2 && lexer.trackedLines() == 2, "tracking again");
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
