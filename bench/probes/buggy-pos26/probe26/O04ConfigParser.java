package probe26;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class O04ConfigParser {

    public enum Format { PROPERTIES, INI, ENV }

    private final Format format;
    private Map<String, String> values;
    private Map<String, Map<String, String>> sections;
    private final List<String> warnings = new ArrayList<>();

    public O04ConfigParser(Format format) {
        this.format = format;
        switch (format) {
            case PROPERTIES:
                values = new LinkedHashMap<>();
                break;
            case INI:
                values = new LinkedHashMap<>();
                sections = new LinkedHashMap<>();
                break;
            case ENV:
                values = new TreeMap<>();
                break;
            default:
                throw new IllegalArgumentException("unsupported " + format);
        }
    }

    public O04ConfigParser parse(String text) {
        String section = null;
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).trim();
                sections.putIfAbsent(section, new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                warnings.add("line " + lineNo + ": no key");
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            if (format == Format.ENV) {
                key = key.toUpperCase();
            }
            if (section != null) {
                sections.get(section).put(key, value);
            } else {
                values.put(key, value);
            }
        }
        return this;
    }

    public String get(String key) {
        return values.get(format == Format.ENV ? key.toUpperCase() : key);
    }

    public boolean hasSection(String name) {
        return sections != null && sections.containsKey(name);
    }

    public String get(String section, String key) {
        if (sections == null) {
            return get(key);
        }
        return sections.get(section).get(key);
    }

    public List<String> sectionNames() {
        return new ArrayList<>(sections.keySet());
    }

    public List<String> warnings() {
        return warnings;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O04ConfigParser.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O04ConfigParser.java:" + line + " OK");
        } else {
            System.out.println("MISS O04ConfigParser.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O04ConfigParser props = new O04ConfigParser(Format.PROPERTIES).parse("# app\nname = shop\nport=8080\nbroken\n");
        O04ConfigParser ini = new O04ConfigParser(Format.INI).parse("top=1\n[db]\nurl=jdbc:x\n[cache]\nttl=30\n");
        O04ConfigParser env = new O04ConfigParser(Format.ENV).parse("path=/bin\nhome=/root\n");
        if (!"8080".equals(props.get("port")) || props.warnings().size() != 1 || props.hasSection("db")) {
            throw new IllegalStateException("properties");
        }
        if (!"30".equals(ini.get("cache", "ttl")) || !"1".equals(ini.get("top")) || ini.sectionNames().size() != 2) {
            throw new IllegalStateException("ini");
        }
        if (!"/root".equals(env.get("home")) || !"/bin".equals(env.get("any", "PATH"))) {
            throw new IllegalStateException("env");
        }

        expectNpe(47, () -> new O04ConfigParser(Format.ENV).parse("[paths]\nbin=/bin\n"));
        expectNpe(81, () -> ini.get("mail", "host"));
        expectNpe(85, () -> env.sectionNames());
        if (failed > 0) {
            System.exit(1);
        }
    }
}
