package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written lexer with an identifier intern table (as in javac's Names or ANTLR's token
 * vocabulary). The intern table only exists while the lexer is in the SCANNING state; every
 * use is inside a switch arm for SCANNING. finish() records the count and releases the table.
 */
public class SA18InterningLexer {

    public enum State { IDLE, SCANNING, DONE }

    private State state = State.IDLE;
    private Map<String, Integer> interned; // non-null exactly in state SCANNING
    private String input = "";
    private int pos;
    private int finalSymbolCount;

    public void begin(String source) {
        switch (state) {
            case SCANNING:
                throw new IllegalStateException("already scanning");
            case IDLE:
            case DONE:
                input = source;
                pos = 0;
                interned = new HashMap<>();
                state = State.SCANNING;
                break;
            default:
                throw new AssertionError(state);
        }
    }

    /** Returns the next token as text: identifiers are tagged with their intern id. */
    public String next() {
        switch (state) {
            case IDLE:
                throw new IllegalStateException("begin() not called");
            case DONE:
                return "<EOF>";
            case SCANNING:
                while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
                    pos++;
                }
                if (pos >= input.length()) {
                    finish();
                    return "<EOF>";
                }
                int start = pos;
                if (Character.isJavaIdentifierStart(input.charAt(pos))) {
                    while (pos < input.length() && Character.isJavaIdentifierPart(input.charAt(pos))) {
                        pos++;
                    }
                    String ident = input.substring(start, pos);
                    int id = interned.computeIfAbsent(ident, k -> interned.size());
                    return "ID(" + ident + "#" + id + ")";
                }
                pos++;
                return "SYM(" + input.charAt(start) + ")";
            default:
                throw new AssertionError(state);
        }
    }

    private void finish() {
        finalSymbolCount = interned.size();
        interned = null;
        state = State.DONE;
    }

    public int symbolCount() {
        return switch (state) {
            case SCANNING -> interned.size();
            case DONE -> finalSymbolCount;
            case IDLE -> 0;
        };
    }

    public List<String> tokenize(String source) {
        begin(source);
        List<String> out = new ArrayList<>();
        for (String t = next(); !t.equals("<EOF>"); t = next()) {
            out.add(t);
        }
        return out;
    }

    public State state() {
        return state;
    }

    public static void main(String[] args) {
        SA18InterningLexer lexer = new SA18InterningLexer();
        System.out.println("idle count=" + lexer.symbolCount() + " state=" + lexer.state());
        try {
            lexer.next();
        } catch (IllegalStateException expected) {
            System.out.println("next refused: " + expected.getMessage());
        }
        lexer.begin("a = b + a;");
        System.out.println(lexer.next() + " " + lexer.next() + " count=" + lexer.symbolCount());
        try {
            lexer.begin("x");
        } catch (IllegalStateException expected) {
            System.out.println("begin refused: " + expected.getMessage());
        }
        System.out.println(lexer.next() + " " + lexer.next() + " " + lexer.next() + " " + lexer.next() + " " + lexer.next());
        System.out.println("after EOF: " + lexer.next() + " count=" + lexer.symbolCount() + " state=" + lexer.state());
        System.out.println(lexer.tokenize("int x = y * x2 ;") + " count=" + lexer.symbolCount());
        System.out.println("empty: " + lexer.tokenize("   ") + " state=" + lexer.state());
    }
}
