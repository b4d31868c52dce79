package probe27;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** picocli/commons-cli style parser: results exist only after a successful parse(). */
public final class F15CliParser {
    public enum Kind { FLAG, VALUE, LIST }

    public record Option(String longName, char shortName, Kind kind, String description) {}

    private static final Map<String, String> DEPRECATED_ALIASES;

    static {
        Map<String, String> m = new HashMap<>();
        m.put("verbose-mode", "verbose");
        m.put("out", "output");
        DEPRECATED_ALIASES = Collections.unmodifiableMap(m);
    }

    private final Map<String, Option> byLong = new LinkedHashMap<>();
    private final Map<Character, Option> byShort = new HashMap<>();
    private Map<String, List<String>> parsed; // null until parse() succeeds
    private List<String> positional = List.of();

    public F15CliParser option(String longName, char shortName, Kind kind, String description) {
        Option o = new Option(longName, shortName, kind, description);
        byLong.put(longName, o);
        byShort.put(shortName, o);
        return this;
    }

    public void parse(String... args) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        List<String> pos = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            Option o;
            if (a.equals("--")) {
                pos.addAll(List.of(args).subList(i + 1, args.length));
                break;
            } else if (a.startsWith("--")) {
                o = byLong.get(DEPRECATED_ALIASES.getOrDefault(a.substring(2), a.substring(2)));
            } else if (a.startsWith("-") && a.length() == 2) {
                o = byShort.get(a.charAt(1));
            } else {
                pos.add(a);
                continue;
            }
            if (o == null) throw new IllegalArgumentException("unknown option " + a);
            List<String> values = result.computeIfAbsent(o.longName(), k -> new ArrayList<>());
            switch (o.kind()) {
                case FLAG -> values.add("true");
                case VALUE, LIST -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + a);
                    if (o.kind() == Kind.VALUE) values.clear();
                    values.add(args[++i]);
                }
            }
        }
        parsed = result; // published only when the whole command line was valid
        positional = List.copyOf(pos);
    }

    private Map<String, List<String>> requireParsed() {
        if (parsed == null) throw new IllegalStateException("parse() has not succeeded yet");
        return parsed;
    }

    public boolean has(String name) { return requireParsed().containsKey(name); }

    public String value(String name, String defaultValue) {
        List<String> v = requireParsed().get(name);
        return v == null || v.isEmpty() ? defaultValue : v.get(v.size() - 1);
    }

    public List<String> values(String name) { return List.copyOf(requireParsed().getOrDefault(name, List.of())); }

    public List<String> positional() { return positional; }

    public String usage() {
        StringBuilder sb = new StringBuilder("Usage:");
        for (Option o : byLong.values()) {
            String arg = switch (o.kind()) {
                case FLAG -> "";
                case VALUE -> " <value>";
                case LIST -> " <value>...";
            };
            sb.append("\n  -").append(o.shortName()).append(", --").append(o.longName()).append(arg).append("  ").append(o.description());
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        F15CliParser cli = new F15CliParser()
                .option("verbose", 'v', Kind.FLAG, "chatty output")
                .option("output", 'o', Kind.VALUE, "target file")
                .option("include", 'I', Kind.LIST, "include path");
        assert cli.usage().contains("-o, --output <value>  target file") && cli.positional().isEmpty();
        boolean early = false;
        try { cli.has("verbose"); } catch (IllegalStateException expected) { early = true; }
        assert early;
        boolean bad = false;
        try { cli.parse("--bogus"); } catch (IllegalArgumentException expected) { bad = true; }
        assert bad;
        boolean stillEarly = false;
        try { cli.value("output", "x"); } catch (IllegalStateException expected) { stillEarly = true; }
        assert stillEarly : "a failed parse publishes nothing";

        cli.parse("-v", "--out", "a.txt", "-I", "src", "--include", "gen", "-o", "b.txt", "main.c", "--", "-v");
        assert cli.has("verbose") && !cli.has("missing");
        assert cli.value("output", "default").equals("b.txt") && cli.value("missing", "dflt").equals("dflt");
        assert cli.values("include").equals(List.of("src", "gen")) && cli.values("nothing").isEmpty();
        assert cli.positional().equals(List.of("main.c", "-v"));
        boolean missingValue = false;
        try { cli.parse("-o"); } catch (IllegalArgumentException expected) { missingValue = true; }
        assert missingValue && cli.has("verbose") : "previous result kept";
        System.out.println("F15 ok");
    }
}
