package probe33;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column definition for a columnar file writer (Parquet/ORC-style dictionary encoding).
 * The {@code dictionary} record component is present exactly for ENUM columns; the
 * compact constructor enforces that, and every method switches on {@code type}.
 */
public record SC37ColumnCodec(String name, Type type, Map<String, Integer> dictionary) {

    public enum Type { INT64, UTF8, ENUM }

    public SC37ColumnCodec {
        if ((type == Type.ENUM) != (dictionary != null)) {
            throw new IllegalArgumentException("dictionary must be given for ENUM columns only");
        }
        if (dictionary != null) {
            dictionary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dictionary));
        }
    }

    public static SC37ColumnCodec of(String name, Type type) {
        return new SC37ColumnCodec(name, type, null);
    }

    public static SC37ColumnCodec enumOf(String name, String... symbols) {
        Map<String, Integer> d = new LinkedHashMap<>();
        for (String s : symbols) {
            d.putIfAbsent(s, d.size());
        }
        return new SC37ColumnCodec(name, Type.ENUM, d);
    }

    /** Encodes a textual value into the column's physical representation. */
    public long encode(String value) {
        return switch (type) {
            case INT64 -> Long.parseLong(value);
            case UTF8 -> value.length();            // length prefix; bytes written elsewhere
            case ENUM -> {
                Integer code = dictionary.get(value);
                if (code == null) {
                    throw new IllegalArgumentException(name + ": '" + value + "' not in dictionary");
                }
                yield code;
            }
        };
    }

    public int dictionarySize() {
        switch (type) {
            case ENUM:
                return dictionary.size();
            default:
                return 0;
        }
    }

    public String schema() {
        if (type != Type.ENUM) {
            return name + ": " + type;
        }
        return name + ": ENUM" + dictionary.keySet();
    }

    public SC37ColumnCodec withSymbol(String symbol) {
        if (type != Type.ENUM) {
            throw new UnsupportedOperationException(name + " is not an ENUM column");
        }
        Map<String, Integer> d = new LinkedHashMap<>(dictionary);
        d.putIfAbsent(symbol, d.size());
        return new SC37ColumnCodec(name, type, d);
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        for (Map<String, Integer> d : java.util.Arrays.asList(null, Map.of("a", 0))) {
            try {
                new SC37ColumnCodec("bad", d == null ? Type.ENUM : Type.UTF8, d);
                throw new AssertionError("expected IAE");
            } catch (IllegalArgumentException expected) {
                // ok
            }
        }
        SC37ColumnCodec id = of("id", Type.INT64);
        SC37ColumnCodec title = of("title", Type.UTF8);
        check(id.encode("42") == 42 && title.encode("hello") == 5, "scalars");
        check(id.dictionarySize() == 0 && title.schema().equals("title: UTF8"), "scalar meta");
        check(id.dictionary() == null, "no dictionary component");
        try {
            title.withSymbol("x");
            throw new AssertionError("expected UOE");
        } catch (UnsupportedOperationException expected) {
            // ok
        }

        SC37ColumnCodec status = enumOf("status", "OPEN", "CLOSED", "OPEN");
        check(status.encode("CLOSED") == 1 && status.dictionarySize() == 2, "enum");
        try {
            status.encode("MERGED");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        SC37ColumnCodec status2 = status.withSymbol("MERGED");
        check(status2.encode("MERGED") == 2 && status2.dictionarySize() == 3, "extended");
        check(status2.schema().equals("status: ENUM[OPEN, CLOSED, MERGED]"), status2.schema());
        check(status.dictionarySize() == 2, "original unchanged");
        System.out.println("SC37 ok " + status2.schema());
    }
}
