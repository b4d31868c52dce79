package probe31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lexer with a per-dialect keyword table. The PLAIN dialect has no keywords at all, so its table
 * is never built; the (final) dialect decides whether the table is consulted.
 */
public final class I10Lexer {
    public enum Dialect { PLAIN, SQL }

    public enum Kind { KEYWORD, IDENT, NUMBER, SYMBOL }

    public record Token(Kind kind, String text) {
    }

    private final Dialect dialect;
    private final Map<String, Kind> keywords; // null for Dialect.PLAIN

    public I10Lexer(Dialect dialect) {
        if (dialect == null) {
            throw new IllegalArgumentException("dialect is required");
        }
        this.dialect = dialect;
        this.keywords = dialect == Dialect.SQL ? sqlKeywords() : null;
    }

    private static Map<String, Kind> sqlKeywords() {
        Map<String, Kind> table = new HashMap<>();
        for (String k : List.of("select", "from", "where", "and", "or", "order", "by")) {
            table.put(k, Kind.KEYWORD);
        }
        return table;
    }

    public List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                String word = src.substring(start, i);
                out.add(new Token(classify(word), word));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < src.length() && Character.isDigit(src.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, src.substring(start, i)));
            } else {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private Kind classify(String word) {
        return switch (dialect) {
            case PLAIN -> Kind.IDENT;
            case SQL -> keywords.getOrDefault(word.toLowerCase(Locale.ROOT), Kind.IDENT);
        };
    }

    public boolean isKeyword(String word) {
        return dialect == Dialect.SQL && word != null && keywords.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public Dialect dialect() {
        return dialect;
    }

    public static void main(String[] args) {
        I10Lexer plain = new I10Lexer(Dialect.PLAIN);
        I10Lexer sql = new I10Lexer(Dialect.valueOf("SQL"));
        String src = "SELECT name FROM users WHERE id = 42";
        List<Token> p = plain.tokenize(src);
        List<Token> s = sql.tokenize(src);
        if (p.stream().anyMatch(t -> t.kind() == Kind.KEYWORD)) throw new AssertionError("plain has no keywords");
        long kw = s.stream().filter(t -> t.kind() == Kind.KEYWORD).count();
        if (kw != 3) throw new AssertionError("sql keywords=" + kw);
        if (plain.isKeyword("select") || !sql.isKeyword("Where") || sql.isKeyword(null)) throw new AssertionError("isKeyword");
        if (plain.dialect() != Dialect.PLAIN || sql.dialect() != Dialect.SQL) throw new AssertionError("dialect");
        try {
            new I10Lexer(null);
            throw new AssertionError("null dialect");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        Token last = s.get(s.size() - 1);
        System.out.println("I10 " + s.size() + " tokens, last=" + last.kind() + ":" + last.text() + " kinds=" + Kind.values().length
                + " dialects=" + Dialect.values().length);
    }
}
