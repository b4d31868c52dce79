package probe30;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands ${NAME} and ${NAME:-default} references in configuration strings. */
public final class T10EnvResolver {
    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\\}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Map<String, String> vars; // created by the first define()

    /** Read-only view for lookups; an empty map stands in until something is defined. */
    private Map<String, String> vars() {
        return vars != null ? vars : Collections.emptyMap();
    }

    public void define(String name, String value) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("bad name " + name);
        if (value == null) throw new IllegalArgumentException("value required for " + name);
        if (vars == null) vars = new HashMap<>();
        vars.put(name, value);
    }

    public boolean isDefined(String name) {
        return vars().containsKey(name);
    }

    public SortedSet<String> names() {
        return new TreeSet<>(vars().keySet());
    }

    public String resolve(String text) {
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars().get(m.group(1));
            if (value == null) value = m.group(2);
            if (value == null) throw new IllegalArgumentException("undefined variable " + m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public void clear() {
        vars = null;
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
        T10EnvResolver env = new T10EnvResolver();
        assert !env.isDefined("HOME") && env.names().isEmpty();
        assert env.resolve("port=${PORT:-8080}").equals("port=8080");
        assert env.resolve("plain text").equals("plain text");
        expectFailure(() -> env.resolve("${MISSING}"));
        env.clear();

        env.define("HOME", "/home/ada");
        env.define("SHELL", "/bin/$h");
        expectFailure(() -> env.define("1BAD", "x"));
        expectFailure(() -> env.define("NULLY", null));
        assert env.isDefined("HOME");
        assert env.names().first().equals("HOME") && env.names().size() == 2;
        assert env.resolve("${HOME}/bin:${SHELL}").equals("/home/ada/bin:/bin/$h");
        assert env.resolve("${PORT:-80}").equals("80");

        env.clear();
        assert !env.isDefined("HOME") && env.names().isEmpty();
        expectFailure(() -> env.resolve("${HOME}"));
        assert env.resolve("${HOME:-/tmp}").equals("/tmp");
        System.out.println("T10 ok");
    }
}
