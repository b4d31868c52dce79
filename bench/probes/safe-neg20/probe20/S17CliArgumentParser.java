package probe20;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class S17CliArgumentParser {
    private Map<String, String> options;
    private Map<String, Boolean> flags;
    private final List<String> positional = new ArrayList<>();

    public S17CliArgumentParser parse(String... argv) {
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--") && a.contains("=")) {
                int eq = a.indexOf('=');
                putOption(a.substring(2, eq), a.substring(eq + 1));
            } else if (a.startsWith("--") && i + 1 < argv.length && !argv[i + 1].startsWith("-")) {
                putOption(a.substring(2), argv[++i]);
            } else if (a.startsWith("-")) {
                if (flags == null) {
                    flags = new LinkedHashMap<>();
                }
                flags.put(a.replaceFirst("^-+", ""), Boolean.TRUE);
            } else {
                positional.add(a);
            }
        }
        return this;
    }

    private void putOption(String key, String value) {
        if (options == null) {
            options = new LinkedHashMap<>();
        }
        options.put(key, value);
    }

    public String option(String key, String def) {
        if (options == null) {
            return def;
        }
        String v = options.get(key);
        return v != null ? v : def;
    }

    public boolean flag(String name) {
        return flags != null && flags.getOrDefault(name, false);
    }

    public String summary() {
        return "options=" + (options == null ? "{}" : options)
                + " flags=" + (flags == null ? "{}" : flags.keySet())
                + " args=" + positional;
    }

    public static void main(String[] args) {
        S17CliArgumentParser none = new S17CliArgumentParser().parse();
        System.out.println(none.summary() + " verbose=" + none.flag("verbose")
                + " out=" + none.option("out", "stdout"));
        S17CliArgumentParser onlyPos = new S17CliArgumentParser().parse("build", "test");
        System.out.println(onlyPos.summary());
        S17CliArgumentParser full = new S17CliArgumentParser()
                .parse("--out=target", "-v", "--jobs", "8", "deploy", "--dry-run");
        System.out.println(full.summary());
        System.out.println("out=" + full.option("out", "stdout") + " jobs=" + full.option("jobs", "1")
                + " v=" + full.flag("v") + " dry=" + full.flag("dry-run") + " q=" + full.flag("q"));
    }
}
