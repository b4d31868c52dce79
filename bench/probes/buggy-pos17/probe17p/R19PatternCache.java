package probe17p;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A static regex cache initialised lazily in compile(); evict()/size() assume it already exists. */
public final class R19PatternCache {

    private static Map<String, Pattern> cache;
    private static int hits;

    private R19PatternCache() {
    }

    static Pattern compile(String regex) {
        if (cache == null) {
            cache = new HashMap<>();
        }
        Pattern p = cache.get(regex);
        if (p == null) {
            p = Pattern.compile(regex);
            cache.put(regex, p);
        } else {
            hits++;
        }
        return p;
    }

    static boolean matches(String regex, String input) {
        return compile(regex).matcher(input).matches();
    }

    static void evict(String regex) {
        cache.remove(regex); // BUG
    }

    static int size() {
        return cache.size(); // BUG
    }

    static void clear() {
        cache = null;
        hits = 0;
    }

    static int hits() {
        return hits;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R19PatternCache.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R19PatternCache.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        System.out.println(matches("[a-z]+\\d", "abc1") + " " + matches("[a-z]+\\d", "zz9") + " hits=" + hits());
        evict("[a-z]+\\d");
        System.out.println("cached " + size());

        prove(35, () -> {
            clear();
            evict("^ERROR.*"); // config reload evicts before anything was compiled again
        });
        prove(39, () -> {
            clear();
            System.out.println("cache size " + size());
        });
    }
}
