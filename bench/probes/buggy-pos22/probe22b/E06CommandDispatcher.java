package probe22b;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Chat command dispatcher of a game server, built on a small framework base class. */
public class E06CommandDispatcher {

    private static final String FILE = "E06CommandDispatcher.java";

    /** Framework base class: may preload handlers and aliases while it is being constructed. */
    public abstract static class BaseDispatcher {
        private final Map<String, String> config;

        protected BaseDispatcher(Map<String, String> config) {
            this.config = new HashMap<>(config);
            if (Boolean.parseBoolean(this.config.getOrDefault("preload", "false"))) {
                registerDefaults();
            }
            for (Map.Entry<String, String> e : this.config.entrySet()) {
                if (e.getKey().startsWith("alias.")) {
                    addAlias(e.getKey().substring("alias.".length()), e.getValue());
                }
            }
        }

        protected abstract void registerDefaults();

        protected abstract void addAlias(String alias, String target);

        public String setting(String key) {
            return config.get(key);
        }
    }

    public static final class ChatCommands extends BaseDispatcher {
        private final Map<String, UnaryOperator<String>> commands = new HashMap<>();
        private final Map<String, String> aliases = new TreeMap<>();
        private final Map<String, Integer> usage = new TreeMap<>();

        public ChatCommands(Map<String, String> config) {
            super(config);
        }

        @Override
        protected void registerDefaults() {
            commands.put("ping", arg -> "pong"); // BUG
            commands.put("echo", arg -> arg);
        }

        @Override
        protected void addAlias(String alias, String target) {
            aliases.put(alias, target); // BUG
        }

        public void register(String name, UnaryOperator<String> handler) {
            commands.put(name, handler);
        }

        public String dispatch(String line) {
            int sp = line.indexOf(' ');
            String name = sp < 0 ? line : line.substring(0, sp);
            String arg = sp < 0 ? "" : line.substring(sp + 1);
            name = aliases.getOrDefault(name, name);
            UnaryOperator<String> handler = commands.get(name);
            if (handler == null) {
                return "unknown command: " + name;
            }
            usage.merge(name, 1, Integer::sum);
            return handler.apply(arg);
        }

        public int usageOf(String name) {
            return usage.getOrDefault(name, 0);
        }
    }

    public static void main(String[] args) {
        ChatCommands plain = new ChatCommands(Map.of("motd", "welcome"));
        plain.register("ping", arg -> "pong");
        plain.register("roll", arg -> "4");
        assert plain.dispatch("ping").equals("pong") && plain.dispatch("roll d6").equals("4");
        assert plain.dispatch("kick bob").equals("unknown command: kick");
        assert plain.usageOf("ping") == 1 && plain.setting("motd").equals("welcome");

        prove(49, () -> new ChatCommands(Map.of("preload", "true")));
        prove(55, () -> new ChatCommands(Map.of("alias.p", "ping")));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
