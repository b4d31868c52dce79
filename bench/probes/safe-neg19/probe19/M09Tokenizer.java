package probe19;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tokenizer for a small scripting language with keyword and operator tables. */
public class M09Tokenizer {
    public enum Kind { KEYWORD, IDENT, NUMBER, OPERATOR, STRING, UNKNOWN }

    public record Token(Kind kind, String text, int pos) {}

    private static final Map<String, Kind> KEYWORDS;
    private static final Map<Character, String> OPERATORS;

    static {
        Map<String, Kind> words = new HashMap<>();
        for (String w : new String[] {"if", "else", "while", "return", "let", "fn"}) {
            words.put(w, Kind.KEYWORD);
        }
        KEYWORDS = Collections.unmodifiableMap(words);
        OPERATORS = new HashMap<>();
        OPERATORS.put('+', "PLUS");
        OPERATORS.put('-', "MINUS");
        OPERATORS.put('*', "STAR");
        OPERATORS.put('=', "ASSIGN");
        OPERATORS.put('(', "LPAREN");
        OPERATORS.put(')', "RPAREN");
        OPERATORS.put(';', "SEMI");
    }

    private final List<String> errors = new ArrayList<>();

    public List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                String word = src.substring(start, i);
                out.add(new Token(KEYWORDS.getOrDefault(word, Kind.IDENT), word, start));
            } else if (Character.isDigit(c)) {
                while (i < src.length() && Character.isDigit(src.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, src.substring(start, i), start));
            } else if (c == '"') {
                int end = src.indexOf('"', i + 1);
                i = end < 0 ? src.length() : end + 1;
                if (end < 0) {
                    errors.add("unterminated string at " + start);
                }
                out.add(new Token(Kind.STRING, src.substring(start, i), start));
            } else if (OPERATORS.containsKey(c)) {
                out.add(new Token(Kind.OPERATOR, OPERATORS.get(c), start));
                i++;
            } else {
                errors.add("unexpected '" + c + "' at " + start);
                out.add(new Token(Kind.UNKNOWN, String.valueOf(c), start));
                i++;
            }
        }
        return out;
    }

    public static boolean isKeyword(String word) {
        return KEYWORDS.containsKey(word);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public static void main(String[] args) {
        System.out.println(isKeyword("while") + " " + isKeyword("whilst"));
        M09Tokenizer tokenizer = new M09Tokenizer();
        for (Token t : tokenizer.tokenize("let x = (a_1 + 42) * y; if x return \"ok\"")) {
            System.out.println(t);
        }
        System.out.println(tokenizer.tokenize("").size() + " " + tokenizer.tokenize("x # \"open").size());
        System.out.println(tokenizer.errors());
    }
}
