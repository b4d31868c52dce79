package probe33;

import java.util.HashMap;
import java.util.Map;

/**
 * A C-preprocessor-like macro expander (think of a tiny cpp or a Maven-resources
 * filter). Macros live in a map created by the first #define and dropped by #undefall.
 * The private helpers substitute() and expandWord() use the map without any test: they
 * are only ever called from processLine() after it has established that macros exist.
 */
public class SC33MacroPreprocessor {

    private static final int MAX_DEPTH = 8;

    private Map<String, String> macros;
    private int linesOut;

    public String processLine(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#define ")) {
            String[] parts = trimmed.substring(8).strip().split("\\s+", 2);
            if (macros == null) {
                macros = new HashMap<>();
            }
            macros.put(parts[0], parts.length > 1 ? parts[1] : "");
            return null;
        }
        if (trimmed.equals("#undefall")) {
            macros = null;
            return null;
        }
        if (trimmed.startsWith("#")) {
            throw new UnsupportedOperationException("directive not supported: " + trimmed);
        }
        linesOut++;
        if (macros == null || macros.isEmpty()) {
            return line;
        }
        return substitute(line);
    }

    /** Precondition: macros != null (only called from processLine). */
    private String substitute(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (Character.isJavaIdentifierPart(c)) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                out.append(expandWord(word.toString(), 0));
                word.setLength(0);
            }
            if (i < line.length()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Precondition: macros != null (only called from substitute() and itself). */
    private String expandWord(String w, int depth) {
        String body = macros.get(w);
        if (body == null || depth >= MAX_DEPTH) {
            return w;
        }
        return body.matches("[A-Za-z_][A-Za-z0-9_]*") ? expandWord(body, depth + 1) : body;
    }

    public boolean isDefined(String name) {
        return macros != null && macros.containsKey(name);
    }

    public int linesOut() {
        return linesOut;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void plainPhase(SC33MacroPreprocessor pp) {
        check(pp.processLine("int x = BUFSIZE;").equals("int x = BUFSIZE;"), "no expansion");
        check(!pp.isDefined("BUFSIZE"), "undefined");
        try {
            pp.processLine("#include <stdio.h>");
            throw new AssertionError("expected UOE");
        } catch (UnsupportedOperationException expected) {
            // ok
        }
    }

    public static void main(String[] args) {
        SC33MacroPreprocessor pp = new SC33MacroPreprocessor();
        plainPhase(pp);

        check(pp.processLine("#define BUFSIZE SIZE") == null, "define 1");
        check(pp.processLine("  #define SIZE 4096") == null, "define 2");
        pp.processLine("#define EMPTY");
        check(pp.isDefined("BUFSIZE") && pp.isDefined("EMPTY"), "defined");
        check(pp.processLine("char buf[BUFSIZE]; EMPTY").equals("char buf[4096]; "), "nested expansion");
        pp.processLine("#define LOOP LOOP");
        check(pp.processLine("LOOP;").equals("LOOP;"), "self reference stops at max depth");

        check(pp.processLine("#undefall") == null, "undef 1");
        plainPhase(pp);
        pp.processLine("#undefall");
        plainPhase(pp);

        pp.processLine("#define N 3");
        check(pp.processLine("a[N]").equals("a[3]") && !pp.isDefined("BUFSIZE"), "redefined");
        check(pp.linesOut() == 6, "lines " + pp.linesOut());
        System.out.println("SC33 ok");
    }
}
