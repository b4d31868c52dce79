package probe32;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Charset alias registry, in the manner of the JDK's sun.nio.cs.StandardCharsets or Netty's
 * CharsetUtil. The alias map is declared without an initialiser and assigned in the first
 * static initialiser; the public constants that register themselves are declared textually
 * after it, so class initialisation always runs the assignment before any register() call.
 */
public final class SA25CharsetAliases {

    private static Map<String, String> ALIASES; // null until the first static block has run

    static {
        ALIASES = new HashMap<>();
    }

    public static final String UTF_8 = register("UTF-8", "utf8", "unicode-1-1-utf-8");
    public static final String ISO_8859_1 = register("ISO-8859-1", "latin1", "l1", "iso_8859_1");
    public static final String US_ASCII = register("US-ASCII", "ascii", "646");

    static {
        register("UTF-16", "utf16");
        ALIASES.put(normalize("unicode"), "UTF-16");
    }

    private SA25CharsetAliases() {
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String register(String canonical, String... aliases) {
        ALIASES.put(normalize(canonical), canonical);
        for (String alias : aliases) {
            ALIASES.put(normalize(alias), canonical);
        }
        return canonical;
    }

    public static synchronized void addAlias(String alias, String canonical) {
        if (!ALIASES.containsValue(canonical)) {
            throw new IllegalArgumentException("unknown charset " + canonical);
        }
        ALIASES.put(normalize(alias), canonical);
    }

    public static synchronized String canonicalName(String name) {
        String c = ALIASES.get(normalize(name));
        if (c == null) {
            throw new IllegalArgumentException("unsupported charset: " + name);
        }
        return c;
    }

    public static synchronized Map<String, String> snapshot() {
        return new TreeMap<>(ALIASES);
    }

    public static void main(String[] args) {
        System.out.println("constants: " + UTF_8 + ", " + ISO_8859_1 + ", " + US_ASCII);
        System.out.println("utf8 -> " + canonicalName("UTF8") + ", iso_8859_1 -> " + canonicalName(" ISO_8859_1 ")
                + ", unicode -> " + canonicalName("Unicode"));
        try {
            canonicalName("ebcdic");
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
        addAlias("cp367", US_ASCII);
        try {
            addAlias("x", "KOI8-R");
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
        System.out.println("cp367 -> " + canonicalName("CP367") + " aliases=" + snapshot().size());
    }
}
