package probe24b;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

public class J09CliOptions {

    private final SortedMap<String, String> flags;
    private final List<String> positional;

    private J09CliOptions(Builder b) {
        this.flags = b.flags;
        this.positional = List.copyOf(b.positional);
    }

    static final class Builder {
        private SortedMap<String, String> flags = new TreeMap<>();
        private final List<String> positional = new ArrayList<>();

        Builder parse(String... args) {
            for (String a : args) {
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 2) {
                    if (flags == null) {
                        flags = new TreeMap<>();
                    }
                    flags.put(a.substring(2, eq), a.substring(eq + 1));
                } else {
                    positional.add(a);
                }
            }
            return this;
        }

        Builder fromEnv(Map<String, String> env, String variable) {
            this.flags = parseEnvFlags(env.get(variable));
            return this;
        }

        J09CliOptions build() {
            return new J09CliOptions(this);
        }
    }

    static SortedMap<String, String> parseEnvFlags(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        SortedMap<String, String> parsed = new TreeMap<>();
        for (String kv : raw.split(";")) {
            String[] p = kv.split("=", 2);
            parsed.put(p[0].trim(), p.length > 1 ? p[1].trim() : "true");
        }
        return parsed;
    }

    String get(String name) {
        return flags.get(name); // BUG
    }

    boolean has(String name) {
        return flags != null && flags.containsKey(name);
    }

    String getOr(String name, String fallback) {
        return has(name) ? flags.get(name) : fallback;
    }

    List<String> flagNames() {
        return flags == null ? List.of() : List.copyOf(flags.keySet());
    }

    J09CliOptions merge(J09CliOptions other) {
        Builder b = new Builder();
        if (flags != null) {
            b.flags.putAll(flags);
        }
        for (Map.Entry<String, String> e : other.flags.entrySet()) { // BUG
            b.flags.put(e.getKey(), e.getValue());
        }
        b.positional.addAll(positional);
        b.positional.addAll(other.positional);
        return b.build();
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J09CliOptions cli = new Builder().parse("--level=3", "--out=report.txt", "input.csv").build();
        assert cli.get("level").equals("3") && cli.positional.equals(List.of("input.csv"));
        J09CliOptions env = new Builder().fromEnv(Map.of("APP_OPTS", "verbose; color=never"), "APP_OPTS").build();
        assert env.get("verbose").equals("true") && env.get("color").equals("never");
        J09CliOptions merged = env.merge(cli);
        assert merged.flagNames().equals(List.of("color", "level", "out", "verbose"));
        J09CliOptions bare = new Builder().fromEnv(Map.of(), "APP_OPTS").build();
        assert !bare.has("verbose") && bare.getOr("level", "1").equals("1") && bare.flagNames().isEmpty();
        J09CliOptions rescued = bare.merge(cli);
        assert rescued.getOr("out", "-").equals("report.txt") && rescued.positional.size() == 1;
        J09CliOptions lateFlags = new Builder().fromEnv(Map.of(), "APP_OPTS").parse("--dry=1").build();
        assert lateFlags.get("dry").equals("1");

        try {
            bare.get("verbose");
            missed(61);
        } catch (NullPointerException e) { report(e, 61); }
        try {
            cli.merge(bare);
            missed(81);
        } catch (NullPointerException e) { report(e, 81); }
    }

    private static final String FILE = "J09CliOptions.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
