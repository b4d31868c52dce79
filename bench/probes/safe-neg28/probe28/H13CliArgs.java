package probe28;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line argument parser for a small CLI. The option map is created only
 * when at least one --option is present; otherwise it stays null.
 */
public class H13CliArgs {
    private final String program;
    private LinkedHashMap<String, String> options; // null when no --options were given
    private final List<String> positional = new ArrayList<>();
    private boolean helpRequested;

    public H13CliArgs(String program) {
        this.program = program;
    }

    public H13CliArgs parse(String... argv) {
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.equals("-h") || a.equals("--help")) {
                helpRequested = true;
            } else if (a.startsWith("--")) {
                String key = a.substring(2);
                String value = "true";
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                }
                if (options == null) {
                    options = new LinkedHashMap<>();
                }
                options.put(key, value);
            } else {
                positional.add(a);
            }
        }
        return this;
    }

    public boolean hasOption(String key) {
        return options != null && options.containsKey(key);
    }

    public String option(String key, String def) {
        return hasOption(key) ? options.get(key) : def;
    }

    public int intOption(String key, int def) {
        String v = option(key, null);
        return v == null ? def : Integer.parseInt(v);
    }

    public String usageLine() {
        StringBuilder sb = new StringBuilder(program);
        if (options != null) {
            for (Map.Entry<String, String> e : options.entrySet()) {
                sb.append(" --").append(e.getKey()).append('=').append(e.getValue());
            }
        }
        for (String p : positional) {
            sb.append(' ').append(p);
        }
        return sb.toString();
    }

    public void reset() {
        options = null;
        positional.clear();
        helpRequested = false;
    }

    public boolean helpRequested() {
        return helpRequested;
    }

    public static void main(String[] args) {
        H13CliArgs cli = new H13CliArgs("resize");
        assert !cli.hasOption("width");
        assert "auto".equals(cli.option("width", "auto"));
        assert cli.intOption("width", 640) == 640;
        assert cli.usageLine().equals("resize");
        cli.parse("in.png", "out.png");
        assert cli.usageLine().equals("resize in.png out.png");
        assert !cli.hasOption("verbose");
        cli.parse("--width=800", "--verbose", "-h");
        assert cli.hasOption("verbose");
        assert "true".equals(cli.option("verbose", "false"));
        assert cli.intOption("width", 640) == 800;
        assert cli.helpRequested();
        assert cli.usageLine().equals("resize --width=800 --verbose=true in.png out.png");
        cli.reset();
        assert !cli.hasOption("verbose");
        assert cli.intOption("width", 640) == 640;
        assert cli.usageLine().equals("resize");
        System.out.println(cli.parse("--quality=90", "a.jpg").usageLine());
    }
}
