package probe21;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * INI file parser. While parse() runs, {@code current} points at the section receiving
 * key=value lines: it starts at the global (unnamed) section before the loop and is only
 * reassigned to computeIfAbsent results, which are never null. It is null outside parse().
 */
public final class U40IniParser {

    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private Map<String, String> current;

    public synchronized U40IniParser parse(String text) {
        current = sections.computeIfAbsent("", k -> new LinkedHashMap<>());
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new IllegalArgumentException("line " + lineNo + ": unterminated section header");
                }
                String name = line.substring(1, line.length() - 1).strip();
                current = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + lineNo + ": expected key=value");
            }
            current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        current = null;
        return this;
    }

    public synchronized String get(String section, String key) {
        Map<String, String> s = sections.get(section == null ? "" : section);
        return s == null ? null : s.get(key);
    }

    public synchronized Map<String, Map<String, String>> sections() {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((name, values) -> {
            if (!values.isEmpty()) {
                copy.put(name, Map.copyOf(values));
            }
        });
        return copy;
    }

    public static void main(String[] args) {
        U40IniParser ini = new U40IniParser();
        System.out.println(ini.sections() + " " + ini.get(null, "x"));
        ini.parse("name = demo\n; comment\n[database]\nurl=jdbc:h2:mem\nuser = sa\n\n[cache]\nttl=60\n");
        System.out.println(ini.get(null, "name") + " " + ini.get("database", "user") + " " + ini.get("cache", "ttl"));
        ini.parse("[database]\npool=8\n[ empty ]\n");
        System.out.println(ini.sections().keySet() + " " + ini.get("database", "pool"));
        try {
            ini.parse("[broken\nx=1");
        } catch (IllegalArgumentException expected) {
            System.out.println(expected.getMessage());
        }
        ini.parse("after=error");
        System.out.println(ini.get("", "after"));
    }
}
