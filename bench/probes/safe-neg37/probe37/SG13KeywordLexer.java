package probe37;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lexer with a pluggable keyword table. The table is valid only in state READY; state is an int
 * constant (UNINITIALIZED / READY / DISPOSED) and every method compares it before using the table.
 */
public class SG13KeywordLexer {

    static final class KeywordLexer {
        static final int UNINITIALIZED = 0;
        static final int READY = 1;
        static final int DISPOSED = 2;

        private int state = UNINITIALIZED;
        private HashMap<String, Integer> keywords; // non-null exactly when state == READY

        public void init(String... words) {
            if (state == READY) {
                throw new IllegalStateException("lexer already initialised");
            }
            if (words == null) {
                throw new IllegalArgumentException("keyword list required");
            }
            HashMap<String, Integer> table = new HashMap<>();
            for (String w : words) {
                if (w == null || w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
                    throw new IllegalArgumentException("bad keyword " + w);
                }
                table.putIfAbsent(w, 100 + table.size());
            }
            keywords = table;
            state = READY;
        }

        public List<String> tokenize(String source) {
            if (state != READY) {
                throw new IllegalStateException("lexer not ready (state " + state + ")");
            }
            if (source == null) {
                throw new IllegalArgumentException("null source");
            }
            List<String> tokens = new ArrayList<>();
            for (String word : source.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                tokens.add(keywords.containsKey(word) ? "KW(" + word + ")" : "ID(" + word + ")");
            }
            return tokens;
        }

        public int keywordId(String word) {
            if (state != READY) {
                throw new IllegalStateException("lexer not ready (state " + state + ")");
            }
            Integer id = keywords.get(word);
            if (id == null) {
                throw new NoSuchElementException("not a keyword: " + word);
            }
            return id;
        }

        public int state() {
            return state;
        }

        /** Releases the table; disposing twice is harmless. */
        public void dispose() {
            if (state == READY) {
                state = DISPOSED;
                keywords = null;
            }
        }
    }

    public static void main(String[] args) {
        KeywordLexer lexer = new KeywordLexer();

        // Phase 1: before the map exists.
        check(lexer.state() == KeywordLexer.UNINITIALIZED, "uninitialised");
        expect(IllegalStateException.class, () -> lexer.tokenize("if x"));
        expect(IllegalStateException.class, () -> lexer.keywordId("if"));
        expect(IllegalArgumentException.class, () -> lexer.init("if", "wh1le"));
        check(lexer.state() == KeywordLexer.UNINITIALIZED, "failed init keeps state");
        lexer.dispose();

        // Phase 2: while it exists.
        lexer.init("if", "else", "while", "if");
        expect(IllegalStateException.class, () -> lexer.init("for"));
        check(lexer.tokenize("  if x else y ").equals(List.of("KW(if)", "ID(x)", "KW(else)", "ID(y)")), "tokens");
        check(lexer.keywordId("while") == 102, "while id");
        expect(NoSuchElementException.class, () -> lexer.keywordId("return"));
        check(lexer.tokenize("   ").isEmpty(), "blank source");
        expect(IllegalArgumentException.class, () -> lexer.tokenize(null));

        // Phase 3: after it has been dropped (twice).
        lexer.dispose();
        lexer.dispose();
        check(lexer.state() == KeywordLexer.DISPOSED, "disposed");
        expect(IllegalStateException.class, () -> lexer.tokenize("if"));
        expect(IllegalStateException.class, () -> lexer.keywordId("if"));

        // Phase 4: after it has been created again.
        lexer.init("fn", "let");
        check(lexer.tokenize("let if").equals(List.of("KW(let)", "ID(if)")), "new keyword set");
        check(lexer.keywordId("let") == 101, "let id");
        lexer.dispose();
        System.out.println("SG13KeywordLexer ok");
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
