package probe25;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

public class L07CommandRouter {

    interface Command {
        String run(List<String> args);
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>();
    private static final Map<String, String> DESCRIPTIONS = new HashMap<>();
    private static HashMap<String, String> aliases;
    private static WeakHashMap<String, String> helpCache;
    private static final String MODE;

    static {
        register("echo", "print the arguments", a -> String.join(" ", a));
        register("count", "count the arguments", a -> Integer.toString(a.size()));
        register("upper", "print the arguments in upper case", a -> String.join(" ", a).toUpperCase(Locale.ROOT));
        MODE = System.getProperty("router.mode", "basic");
        if ("extended".equals(MODE)) {
            aliases = new HashMap<>();
            aliases.put("e", "echo");
            aliases.put("c", "count");
        }
        String home = System.getProperty("router.home");
        if (home != null) {
            helpCache = new WeakHashMap<>();
        }
    }

    private static void register(String name, String description, Command command) {
        COMMANDS.put(name, command);
        DESCRIPTIONS.put(name, description);
    }

    static String resolve(String name) {
        return aliases.getOrDefault(name, name);
    }

    static List<String> listAliases() {
        List<String> out = new ArrayList<>();
        if (aliases != null) {
            for (Map.Entry<String, String> e : aliases.entrySet()) {
                out.add(e.getKey() + " -> " + e.getValue());
            }
        }
        return out;
    }

    static String help(String name) {
        String cached = helpCache.get(name);
        if (cached != null) {
            return cached;
        }
        String text = name + ": " + DESCRIPTIONS.getOrDefault(name, "no such command");
        helpCache.put(name, text);
        return text;
    }

    static void clearHelp() {
        if (helpCache != null) {
            helpCache.clear();
        }
    }

    static String dispatch(String line) {
        String[] parts = line.trim().split("\\s+");
        String name = parts[0];
        if (aliases != null) {
            name = aliases.getOrDefault(name, name);
        }
        Command c = COMMANDS.get(name);
        if (c == null) {
            return "unknown command: " + name;
        }
        return c.run(Arrays.asList(parts).subList(1, parts.length));
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("mode=" + MODE + "\n");
        for (String name : COMMANDS.keySet()) {
            sb.append("  ").append(name).append("  ").append(DESCRIPTIONS.get(name)).append('\n');
        }
        return sb.toString();
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L07CommandRouter.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        for (String line : args.length > 0 ? args : new String[] {"echo hello world", "count a b c", "upper shout", "nope"}) {
            System.out.println("> " + line + "\n" + dispatch(line));
        }
        System.out.print(usage());
        System.out.println("aliases=" + listAliases());
        clearHelp();

        expectNpe(46, () -> resolve("e"));
        expectNpe(60, () -> help("echo"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
