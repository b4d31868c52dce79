package probe34;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Units-of-measure registry; static constants register themselves during class initialisation. */
public class SD26UnitRegistry {
    public enum Phase { LOADED, UNLOADED }

    public record Unit(String symbol, String dimension, double toBase) { }

    // No initialiser on purpose: the static block below assigns it, and it textually precedes
    // every define(...) initialiser, so the map exists before the first constant registers itself.
    private static Map<String, Unit> bySymbol;
    private static Phase phase;

    static {
        bySymbol = new HashMap<>();
        phase = Phase.LOADED;
    }

    public static final Unit METRE = define("m", "length", 1.0);
    public static final Unit KILOMETRE = define("km", "length", 1000.0);
    public static final Unit GRAM = define("g", "mass", 0.001);
    public static final Unit KILOGRAM = define("kg", "mass", 1.0);
    public static final Unit SECOND = define("s", "time", 1.0);
    private static final List<Unit> BUILTINS = List.of(METRE, KILOMETRE, GRAM, KILOGRAM, SECOND);
    private static final int BUILTIN_COUNT = bySymbol.size();

    private static Unit define(String symbol, String dimension, double toBase) {
        Unit unit = new Unit(symbol, dimension, toBase);
        bySymbol.put(symbol, unit);
        return unit;
    }

    public static Unit defineCustom(String symbol, String dimension, double toBase) {
        if (phase != Phase.LOADED) {
            throw new IllegalStateException("registry unloaded");
        }
        if (bySymbol.containsKey(symbol)) {
            throw new IllegalArgumentException("duplicate unit " + symbol);
        }
        return define(symbol, dimension, toBase);
    }

    public static Unit lookup(String symbol) {
        if (phase == Phase.UNLOADED) {
            throw new IllegalStateException("registry unloaded");
        }
        Unit unit = bySymbol.get(symbol);
        if (unit == null) {
            throw new NoSuchElementException("unknown unit " + symbol);
        }
        return unit;
    }

    public static double convert(double value, String from, String to) {
        Unit a = lookup(from);
        Unit b = lookup(to);
        if (!a.dimension().equals(b.dimension())) {
            throw new IllegalArgumentException("cannot convert " + a.dimension() + " to " + b.dimension());
        }
        return value * a.toBase() / b.toBase();
    }

    public static int size() {
        return phase == Phase.LOADED ? bySymbol.size() : 0;
    }

    public static Phase phase() {
        return phase;
    }

    public static void unload() {
        phase = Phase.UNLOADED;
        bySymbol = null;
    }

    public static void load() {
        if (phase == Phase.LOADED) {
            return;
        }
        Map<String, Unit> fresh = new HashMap<>();
        for (Unit u : BUILTINS) {
            fresh.put(u.symbol(), u);
        }
        bySymbol = fresh;
        phase = Phase.LOADED;
    }

    private static void exerciseUnloaded() {
        check(phase() == Phase.UNLOADED && size() == 0, "unloaded");
        expect(IllegalStateException.class, () -> lookup("m"));
        expect(IllegalStateException.class, () -> convert(1, "km", "m"));
        expect(IllegalStateException.class, () -> defineCustom("ft", "length", 0.3048));
        unload();
    }

    private static void exerciseLoaded(int expectedSize) {
        check(phase() == Phase.LOADED && size() == expectedSize, "loaded size " + size());
        check(lookup("kg") == KILOGRAM && convert(2.5, "km", "m") == 2500.0, "lookup/convert");
        expect(NoSuchElementException.class, () -> lookup("parsec"));
        expect(IllegalArgumentException.class, () -> convert(1, "m", "s"));
        expect(IllegalArgumentException.class, () -> defineCustom("m", "length", 1));
        Unit mile = defineCustom("mi", "length", 1609.344);
        check(convert(1, "mi", "m") == mile.toBase() && size() == expectedSize + 1, "custom unit");
        load(); // no-op while loaded
    }

    public static void main(String[] args) {
        check(BUILTIN_COUNT == 5, "constants registered during class initialisation");
        exerciseLoaded(5);
        unload();
        exerciseUnloaded();
        unload();
        exerciseUnloaded();
        load();
        exerciseLoaded(5); // custom units are not restored
        check(METRE.toBase() == 1.0 && GRAM.dimension().equals("mass") && SECOND.symbol().equals("s"), "constants");
        unload();
        exerciseUnloaded();
        System.out.println("SD26UnitRegistry ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
