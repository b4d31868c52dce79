package probe33;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Template-method parsing framework (like SAX's DefaultHandler driven by an abstract
 * parser). The abstract base owns the algorithm; the INI subclass keeps its working
 * map in fields that the {@code startDocument} hook creates and {@code endDocument}
 * hands off and clears. The per-line hook is only ever invoked between the two.
 */
public class SC22IniParser {

    abstract static class AbstractLineParser<R> {
        private int lineNo;

        public final R parse(String text) {
            startDocument();
            lineNo = 0;
            for (String raw : text.split("\n")) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                    continue;
                }
                handleLine(line);
            }
            return endDocument();
        }

        protected int lineNo() {
            return lineNo;
        }

        protected abstract void startDocument();

        protected abstract void handleLine(String line);

        protected abstract R endDocument();
    }

    static final class IniHandler extends AbstractLineParser<Map<String, Map<String, String>>> {
        private Map<String, Map<String, String>> sections;
        private Map<String, String> current;

        @Override
        protected void startDocument() {
            sections = new LinkedHashMap<>();
            current = new LinkedHashMap<>();
            sections.put("", current);
        }

        @Override
        protected void handleLine(String line) {
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new IllegalArgumentException("line " + lineNo() + ": unterminated section");
                }
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(),
                        k -> new LinkedHashMap<>());
                return;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + lineNo() + ": expected key=value");
            }
            current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }

        @Override
        protected Map<String, Map<String, String>> endDocument() {
            Map<String, Map<String, String>> result = sections;
            sections = null;
            current = null;
            if (result.get("").isEmpty()) {
                result.remove("");
            }
            return result;
        }
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        IniHandler parser = new IniHandler();
        String ini = "; comment\nname = demo\n\n[db]\nurl=jdbc:x\nuser = sa\n[cache]\nttl=30\n[db]\npool=4\n";
        Map<String, Map<String, String>> r1 = parser.parse(ini);
        check(r1.keySet().toString().equals("[, db, cache]"), "sections " + r1.keySet());
        check(r1.get("db").equals(Map.of("url", "jdbc:x", "user", "sa", "pool", "4")), "db");
        check(r1.get("").get("name").equals("demo"), "global");

        Map<String, Map<String, String>> r2 = parser.parse("[only]\nk=v");
        check(r2.size() == 1 && r2.get("only").get("k").equals("v"), "second parse, global dropped");

        for (String bad : new String[] {"[broken\nk=v", "novalue", "=x"}) {
            try {
                parser.parse(bad);
                throw new AssertionError("expected IAE for " + bad);
            } catch (IllegalArgumentException expected) {
                // the failed document leaves sections set; the next parse() replaces them
            }
        }
        Map<String, Map<String, String>> r3 = parser.parse("a=1\n#x\n[s]\nb=2");
        check(r3.get("").get("a").equals("1") && r3.get("s").get("b").equals("2"), "after failures");
        check(r1 != r3 && r1.get("db").size() == 3, "results are independent");
        System.out.println("SC22 ok " + r3);
    }
}
