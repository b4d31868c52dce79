package probe29;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** A five-field cron expression parser with @macro support. */
public class BD11CronParser {

    enum Field {
        MINUTE(0, 59), HOUR(0, 23), DAY_OF_MONTH(1, 31), MONTH(1, 12), DAY_OF_WEEK(0, 6);

        final int min;
        final int max;

        Field(int lo, int hi) {
            min = lo;
            max = hi;
        }
    }

    enum Macro {
        HOURLY("@hourly", "0 * * * *"), DAILY("@daily", "0 0 * * *"), WEEKLY("@weekly", "0 0 * * 0");

        private static final Map<String, Macro> BY_ALIAS = new HashMap<>();
        final String expansion;

        Macro(String alias, String expansion) {
            this.expansion = expansion;
            if (lookup(alias) != null) {
                throw new IllegalStateException("duplicate macro " + alias);
            }
            index(alias, this);
        }

        private static Macro lookup(String alias) {
            return BY_ALIAS == null ? null : BY_ALIAS.get(alias);
        }

        private static void index(String alias, Macro macro) {
            BY_ALIAS.put(alias, macro);
        }

        static String expand(String alias) {
            Macro m = lookup(alias);
            return m == null ? alias : m.expansion;
        }
    }

    private boolean parsed;
    private String macroAlias;
    private Map<Field, BitSet> allowed;

    void parse(String expression) {
        parsed = true;
        String expr = expression.trim();
        if (expr.startsWith("@")) {
            macroAlias = expr;
            return;
        }
        String[] parts = expr.split("\\s+");
        if (parts.length != 5) {
            throw new IllegalArgumentException("expected 5 fields: " + expr);
        }
        allowed = new EnumMap<>(Field.class);
        Field[] fields = Field.values();
        for (int i = 0; i < parts.length; i++) {
            allowed.put(fields[i], parsePart(parts[i], fields[i]));
        }
    }

    private static BitSet parsePart(String part, Field f) {
        BitSet bits = new BitSet();
        for (String piece : part.split(",")) {
            if (piece.equals("*")) {
                bits.set(f.min, f.max + 1);
            } else if (piece.startsWith("*/")) {
                int step = Integer.parseInt(piece.substring(2));
                for (int v = f.min; v <= f.max; v += step) {
                    bits.set(v);
                }
            } else if (piece.contains("-")) {
                String[] range = piece.split("-");
                bits.set(Integer.parseInt(range[0]), Integer.parseInt(range[1]) + 1);
            } else {
                bits.set(Integer.parseInt(piece));
            }
        }
        return bits;
    }

    boolean matches(int minute, int hour, int dayOfMonth, int month, int dayOfWeek) {
        if (!parsed) {
            throw new IllegalStateException("parse() must be called first");
        }
        int[] values = {minute, hour, dayOfMonth, month, dayOfWeek};
        for (Map.Entry<Field, BitSet> e : allowed.entrySet()) {
            if (!e.getValue().get(values[e.getKey().ordinal()])) {
                return false;
            }
        }
        return true;
    }

    String describe() {
        Map<Field, BitSet> snapshot = allowed;
        if (snapshot == null) {
            return macroAlias == null ? "<unparsed>" : macroAlias;
        }
        StringBuilder sb = new StringBuilder();
        snapshot.forEach((f, bits) -> sb.append(f).append('=').append(bits.cardinality()).append(' '));
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        BD11CronParser business = new BD11CronParser();
        System.out.println("unparsed: " + business.describe());
        business.parse("*/15 9-17 * 1-3 1-5");
        System.out.println(business.describe() + " match=" + business.matches(30, 10, 3, 2, 2)
                + " weekend=" + business.matches(30, 10, 3, 2, 6));
        BD11CronParser nightly = new BD11CronParser();
        nightly.parse("@daily");
        System.out.println("nightly: " + nightly.describe());

        try {
            System.out.println("nightly matches midnight: " + nightly.matches(0, 0, 1, 1, 1));
            noNpe("matching a macro expression");
        } catch (NullPointerException e) {
            expect(e, 98);
        }
        try {
            System.out.println("@daily expands to " + Macro.expand("@daily"));
            noNpe("macro table initialisation");
        } catch (NullPointerException e) {
            expect(e, 42);
        } catch (ExceptionInInitializerError e) {
            expect(e.getCause(), 42);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD11CronParser.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
