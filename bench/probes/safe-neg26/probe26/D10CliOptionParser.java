package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line parser of a deployment tool. The mutable builder allocates its flag and
 * default tables lazily; build() produces an immutable, never-null view.
 */
public final class D10CliOptionParser {

    public static final class Options {
        private final String command;
        private final List<String> positional;
        private final Map<String, String> flags;

        Options(String command, List<String> positional, Map<String, String> flags) {
            this.command = command;
            this.positional = positional;
            this.flags = flags;
        }

        public String command() {
            return command;
        }

        public String flag(String name, String fallback) {
            return flags.getOrDefault(name, fallback);
        }

        @Override
        public String toString() {
            return command + " " + positional + " " + flags;
        }
    }

    public static final class Builder {
        private String command = "help";
        private final List<String> positional = new ArrayList<>();
        private Map<String, String> flags;    // created on the first flag
        private Map<String, String> defaults; // optional, supplied by a config file

        public Builder command(String c) {
            this.command = c;
            return this;
        }

        public Builder positional(String p) {
            positional.add(p);
            return this;
        }

        public Builder flag(String name, String value) {
            if (flags == null) {
                flags = new LinkedHashMap<>();
            }
            flags.put(name, value);
            return this;
        }

        public Builder defaults(Map<String, String> d) {
            defaults = d == null ? null : new HashMap<>(d);
            return this;
        }

        public boolean hasFlag(String name) {
            return flags != null && flags.containsKey(name);
        }

        public Options build() {
            Map<String, String> merged = new LinkedHashMap<>();
            if (defaults != null) {
                merged.putAll(defaults);
            }
            if (flags != null) {
                merged.putAll(flags);
            }
            return new Options(command, List.copyOf(positional), Collections.unmodifiableMap(merged));
        }
    }

    public static Options parse(Map<String, String> defaults, String... args) {
        Builder b = new Builder().defaults(defaults);
        boolean commandSeen = false;
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                if (eq > 2) {
                    b.flag(a.substring(2, eq), a.substring(eq + 1));
                } else if (!b.hasFlag(a.substring(2))) {
                    b.flag(a.substring(2), "true");
                }
            } else if (!commandSeen) {
                b.command(a);
                commandSeen = true;
            } else {
                b.positional(a);
            }
        }
        return b.build();
    }

    public static void main(String[] args) {
        System.out.println(parse(null));
        System.out.println(new Builder().hasFlag("x") + " " + new Builder().defaults(null).build());
        Options o = parse(Map.of("region", "eu-west-1", "dry-run", "false"),
                "deploy", "--dry-run", "svc-a", "--replicas=3", "svc-b", "--dry-run=false");
        System.out.println(o + " cmd=" + o.command() + " region=" + o.flag("region", "?") + " zone=" + o.flag("zone", "a"));
        System.out.println(parse(null, "status", "--verbose"));
    }
}
