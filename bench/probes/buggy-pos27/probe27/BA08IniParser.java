package probe27;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * INI/TOML-flavoured configuration parser with sections, dotted keys and feature switches,
 * similar to the small config parsers bundled with CLI tools.
 */
public class BA08IniParser {
    /** Parser options; a null feature map means "use the defaults". */
    public record ParseOptions(Map<String, Boolean> features, int maxKeys) {
        public static ParseOptions defaults() {
            return new ParseOptions(null, 1024);
        }

        public static ParseOptions strict() {
            return new ParseOptions(Map.of("allowComments", false, "allowDuplicates", false), 256);
        }

        boolean enabled(String feature, boolean fallback) {
            return features.getOrDefault(feature, fallback);
        }

        boolean hasOverride(String feature) {
            return features != null && features.containsKey(feature);
        }
    }

    private final ParseOptions options;
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private int keys;

    public BA08IniParser(ParseOptions options) {
        this.options = options;
    }

    public Map<String, Map<String, String>> parse(String text) {
        String current = "";
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (!options.enabled("allowComments", true)) {
                    throw new IllegalArgumentException("comment at line " + lineNo);
                }
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1).strip();
                sections.computeIfAbsent(current, k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key = value at line " + lineNo);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (++keys > options.maxKeys()) {
                throw new IllegalArgumentException("too many keys");
            }
            int dot = key.indexOf('.');
            if (dot > 0) {
                sections.get(key.substring(0, dot)).put(key.substring(dot + 1), value);
            } else {
                Map<String, String> target = sections.computeIfAbsent(current, k -> new LinkedHashMap<>());
                if (target.containsKey(key) && options.hasOverride("allowDuplicates")
                        && !options.enabled("allowDuplicates", true)) {
                    throw new IllegalArgumentException("duplicate key " + key + " at line " + lineNo);
                }
                target.put(key, value);
            }
        }
        return sections;
    }

    public String get(String section, String key) {
        Map<String, String> values = sections.get(section);
        return values == null ? null : values.get(key);
    }

    /** Flattens all sections into dotted keys; {@code into} may be null to allocate a new map. */
    public Map<String, String> flatten(Map<String, String> into) {
        for (Map.Entry<String, Map<String, String>> s : sections.entrySet()) {
            for (Map.Entry<String, String> e : s.getValue().entrySet()) {
                String full = s.getKey().isEmpty() ? e.getKey() : s.getKey() + "." + e.getKey();
                into.put(full, e.getValue());
            }
        }
        return into;
    }

    public static void main(String[] args) {
        String config = "name = demo\n[server]\nport = 8080\nhost = localhost\n[db]\nurl = jdbc:h2:mem\nserver.threads = 4\n";
        BA08IniParser parser = new BA08IniParser(ParseOptions.defaults());
        System.out.println("parsed: " + parser.parse(config));
        System.out.println("server.port=" + parser.get("server", "port") + " missing=" + parser.get("cache", "size"));
        System.out.println("flat: " + parser.flatten(new LinkedHashMap<>()));
        BA08IniParser strict = new BA08IniParser(ParseOptions.strict());
        System.out.println("strict: " + strict.parse("[a]\nx = 1\ny = 2\n"));
        System.out.println("defaults override comments? " + ParseOptions.defaults().hasOverride("allowComments"));

        expectNpe(22, () -> new BA08IniParser(ParseOptions.defaults()).parse("# generated\nname = demo\n"));
        expectNpe(69, () -> new BA08IniParser(ParseOptions.strict()).parse("log.level = debug\n[log]\n"));
        expectNpe(92, () -> parser.flatten(null));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA08IniParser.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
