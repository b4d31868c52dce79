package probe23b;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** CLI parser; the builder hands over a null alias map when no alias was declared. */
public class G09OptionParser {
    private static final String FILE = "G09OptionParser.java";
    private static final int L1 = 56;
    private static final int L2 = 65;

    private final SortedMap<String, String> options;
    private final Map<String, String> aliases;

    private G09OptionParser(SortedMap<String, String> options, Map<String, String> aliases) {
        this.options = options;
        this.aliases = aliases;
    }

    static final class Builder {
        private final TreeMap<String, String> options = new TreeMap<>();
        private final Map<String, String> aliases = new LinkedHashMap<>();

        Builder option(String name, String help) {
            options.put(name, help);
            return this;
        }

        Builder alias(String alias, String name) {
            aliases.put(alias, name);
            return this;
        }

        G09OptionParser build() {
            // "optimisation": do not keep an empty alias table around
            return new G09OptionParser(new TreeMap<>(options), aliases.isEmpty() ? null : new LinkedHashMap<>(aliases));
        }
    }

    boolean hasAliases() {
        return aliases != null && !aliases.isEmpty();
    }

    String canonical(String flag) {
        String name = flag.replaceFirst("^-+", "");
        if (hasAliases()) {
            name = aliases.getOrDefault(name, name);
        }
        return options.containsKey(name) ? name : null;
    }

    String canonicalStrict(String flag) {
        String name = flag.replaceFirst("^-+", "");
        String target = aliases.getOrDefault(name, name); // BUG
        return options.containsKey(target) ? target : null;
    }

    String usage() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> o : options.entrySet()) {
            sb.append("--").append(o.getKey()).append("  ").append(o.getValue()).append('\n');
        }
        for (Map.Entry<String, String> a : aliases.entrySet()) { // BUG
            sb.append("-").append(a.getKey()).append(" => --").append(a.getValue()).append('\n');
        }
        return sb.toString();
    }

    String usageSafely() {
        if (!hasAliases()) {
            return "options: " + options.keySet();
        }
        return usage();
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G09OptionParser full = new Builder().option("verbose", "chatty").alias("v", "verbose").build();
        assert full.hasAliases();
        assert "verbose".equals(full.canonical("-v"));
        assert "verbose".equals(full.canonicalStrict("-v"));
        assert full.usage().contains("-v => --verbose");
        assert full.usageSafely().equals(full.usage());
        G09OptionParser bare = new Builder().option("help", "show help").build();
        assert !bare.hasAliases();
        assert "help".equals(bare.canonical("--help"));
        assert bare.canonical("-x") == null;
        assert bare.usageSafely().contains("help");

        try {
            new Builder().option("quiet", "less output").build().canonicalStrict("--quiet");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            new Builder().option("debug", "debug output").build().usage();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
