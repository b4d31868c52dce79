package probe31;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/** GNU-style command line parser for a CLI tool; accessors demand a prior parse(). */
public final class I18CliOptions {
    private Hashtable<String, String> options; // populated by parse(); null before parse and after reset()
    private List<String> positional = List.of();

    public void parse(String... args) {
        Hashtable<String, String> parsed = new Hashtable<>();
        List<String> pos = new ArrayList<>();
        for (String a : args) {
            if (a == null) {
                throw new IllegalArgumentException("null argument");
            }
            if (a.startsWith("--")) {
                String body = a.substring(2);
                if (body.isEmpty()) {
                    throw new IllegalArgumentException("bare '--' is not supported");
                }
                int eq = body.indexOf('=');
                if (eq >= 0) {
                    parsed.put(body.substring(0, eq), body.substring(eq + 1));
                } else {
                    parsed.put(body, "true");
                }
            } else {
                pos.add(a);
            }
        }
        options = parsed;
        positional = List.copyOf(pos);
    }

    private void requireParsed() {
        if (options == null) {
            throw new IllegalStateException("parse() has not been called");
        }
    }

    public String get(String name, String defaultValue) {
        requireParsed();
        return name == null ? defaultValue : options.getOrDefault(name, defaultValue);
    }

    public boolean flag(String name) {
        requireParsed();
        return name != null && Boolean.parseBoolean(options.get(name));
    }

    public int intValue(String name, int defaultValue) {
        String raw = get(name, null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " expects a number, got " + raw, e);
        }
    }

    public List<String> positional() {
        requireParsed();
        return positional;
    }

    public void reset() {
        options = null;
        positional = List.of();
    }

    public static void main(String[] args) {
        I18CliOptions cli = new I18CliOptions();
        for (Runnable r : List.<Runnable>of(() -> cli.get("out", "-"), () -> cli.flag("verbose"),
                () -> cli.intValue("jobs", 1), cli::positional)) {
            try {
                r.run();
                throw new AssertionError("accessor worked before parse()");
            } catch (IllegalStateException expected) {
                // parse() required
            }
        }
        cli.reset();
        cli.parse("--verbose", "--jobs=4", "--out=report.txt", "src", "test");
        if (!cli.flag("verbose") || cli.flag("quiet") || cli.flag(null)) throw new AssertionError("flags");
        if (cli.intValue("jobs", 1) != 4 || cli.intValue("retries", 3) != 3) throw new AssertionError("ints");
        if (!cli.get("out", "-").equals("report.txt") || !cli.get(null, "d").equals("d")) throw new AssertionError("get");
        if (!cli.positional().equals(List.of("src", "test"))) throw new AssertionError("positional");
        try {
            cli.parse("--jobs=x", "--");
            throw new AssertionError("bare -- accepted");
        } catch (IllegalArgumentException expected) {
            // previous parse result kept
        }
        cli.parse("--jobs=x");
        try {
            cli.intValue("jobs", 1);
            throw new AssertionError("non-numeric accepted");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        cli.reset();
        cli.reset();
        cli.parse();
        System.out.println("I18 positional=" + cli.positional() + " out=" + cli.get("out", "stdout"));
    }
}
