package probe20b;

import java.util.HashMap;
import java.util.Map;

/**
 * Media-type codecs. A codec may register its aliases eagerly from the base
 * constructor or lazily on the first lookup.
 */
public class A06CodecRegistry {

    private static final String FILE = "A06CodecRegistry.java";

    abstract static class Codec {
        final String name;

        Codec(String name, boolean eager) {
            this.name = name;
            if (eager) {
                registerAliases();
            }
        }

        /** Fills the alias table; called at most once per instance. */
        protected abstract void registerAliases();

        abstract String resolve(String alias);
    }

    /** Aliases in a final map built by a field initialiser. */
    static final class JsonCodec extends Codec {
        private final Map<String, String> aliases = new HashMap<>();
        private boolean registered;

        JsonCodec(boolean eager) {
            super("json", eager);
        }

        @Override protected void registerAliases() {
            aliases.put("js", "application/json"); // BUG
            registered = true;
        }

        @Override String resolve(String alias) {
            if (!registered) {
                registerAliases();
            }
            return aliases.get(alias);
        }
    }

    /** Aliases in a map created by registerAliases(); no field initialisers. */
    static final class XmlCodec extends Codec {
        private Map<String, String> aliases;
        private boolean registered;

        XmlCodec(boolean eager) {
            super("xml", eager);
        }

        @Override protected void registerAliases() {
            aliases = new HashMap<>();
            aliases.put("xsd", "application/xml");
            registered = true;
        }

        @Override String resolve(String alias) {
            if (!registered) {
                registerAliases();
            }
            return aliases.get(alias);
        }
    }

    /** Same as XmlCodec, but the map field is explicitly initialised. */
    static final class YamlCodec extends Codec {
        private Map<String, String> aliases = null;
        private boolean registered;

        YamlCodec(boolean eager) {
            super("yaml", eager);
        }

        @Override protected void registerAliases() {
            aliases = new HashMap<>();
            aliases.put("yml", "application/yaml");
            registered = true;
        }

        @Override String resolve(String alias) {
            if (!registered) {
                registerAliases();
            }
            return aliases.get(alias); // BUG
        }
    }

    public static void main(String[] args) {
        assert new JsonCodec(false).resolve("js").equals("application/json");
        assert new XmlCodec(false).resolve("xsd").equals("application/xml");
        assert new XmlCodec(true).resolve("xsd").equals("application/xml");
        assert new YamlCodec(false).resolve("yml").equals("application/yaml");
        prove(40, () -> new JsonCodec(true));
        prove(94, () -> new YamlCodec(true).resolve("yml"));
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
