package probe38;

import java.util.HashMap;
import java.util.Map;

/**
 * Output escapers of a template engine (HTML, JSON, CSV). The replacement
 * table lives in the sealed base class but is assigned by the constructor of
 * every permitted subclass, so it is null only while a constructor chain is
 * running (the base constructor never touches it). Escapers are created by
 * {@link #select(String)} and dropped by {@link #deselect()}. Single-threaded.
 */
public final class SH14EscaperFamily {

    private abstract static sealed class Escaper permits HtmlEscaper, JsonEscaper, CsvEscaper {
        private final String name;
        /** Assigned by every concrete subclass constructor. */
        protected Map<Character, String> replacements;

        Escaper(String name) {
            this.name = name;
        }

        final String escape(String input) {
            StringBuilder sb = new StringBuilder(input.length() + 8);
            for (int i = 0; i < input.length(); i++) {
                char c = input.charAt(i);
                String r = replacements.get(c);
                sb.append(r != null ? r : String.valueOf(c));
            }
            return wrap(sb.toString());
        }

        String wrap(String escaped) {
            return escaped;
        }

        final int ruleCount() {
            return replacements.size();
        }
    }

    private static final class HtmlEscaper extends Escaper {
        HtmlEscaper() {
            super("html");
            replacements = new HashMap<>();
            replacements.put('<', "&lt;");
            replacements.put('>', "&gt;");
            replacements.put('&', "&amp;");
            replacements.put('"', "&quot;");
        }
    }

    private static final class JsonEscaper extends Escaper {
        JsonEscaper() {
            super("json");
            replacements = new HashMap<>();
            replacements.put('"', "\\\"");
            replacements.put('\\', "\\\\");
            replacements.put('\n', "\\n");
        }
    }

    private static final class CsvEscaper extends Escaper {
        CsvEscaper() {
            super("csv");
            replacements = Map.of('"', "\"\"");
        }

        @Override
        String wrap(String escaped) {
            return "\"" + escaped + "\"";
        }
    }

    private Escaper active; // null until select(), dropped by deselect()
    private int constructed;

    public void select(String kind) {
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        active = switch (kind) {
            case "html" -> new HtmlEscaper();
            case "json" -> new JsonEscaper();
            case "csv" -> new CsvEscaper();
            default -> throw new IllegalArgumentException("unknown escaper " + kind);
        };
        constructed++;
    }

    public void deselect() {
        active = null;
    }

    public String escape(String input) {
        if (input == null) {
            throw new IllegalArgumentException("input");
        }
        Escaper e = active;
        if (e == null) {
            throw new IllegalStateException("no escaper selected");
        }
        return e.escape(input);
    }

    public String activeName() {
        return active == null ? "none" : active.name + "/" + active.ruleCount();
    }

    public static void main(String[] args) {
        SH14EscaperFamily f = new SH14EscaperFamily();
        // phase 1: before any replacement map exists
        check("none".equals(f.activeName()), "nothing selected");
        expect(IllegalStateException.class, () -> f.escape("<b>"));
        expect(IllegalArgumentException.class, () -> f.select("xml"));
        // phase 2: while it exists
        f.select("html");
        check("&lt;b&gt; &amp; &quot;x&quot;".equals(f.escape("<b> & \"x\"")), "html");
        check("html/4".equals(f.activeName()), f.activeName());
        f.select("json");
        check("a\\\"b\\\\c\\n".equals(f.escape("a\"b\\c\n")), "json");
        f.select("csv");
        check("\"say \"\"hi\"\"\"".equals(f.escape("say \"hi\"")), "csv");
        // phase 3: after it is dropped (twice)
        f.deselect();
        f.deselect();
        expect(IllegalStateException.class, () -> f.escape("x"));
        check("none".equals(f.activeName()), "deselected");
        // phase 4: created again
        f.select("html");
        check("&lt;".equals(f.escape("<")) && f.constructed == 4, "fresh escaper");
        System.out.println("SH14EscaperFamily OK " + f.activeName() + " constructed=" + f.constructed);
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
