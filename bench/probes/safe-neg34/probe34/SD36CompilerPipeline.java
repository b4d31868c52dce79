package probe34;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Compiler front-end whose behaviour is delegated to phase objects; only some phases use the symbol table. */
public class SD36CompilerPipeline {
    private class Phase {
        final String name;

        Phase(String name) {
            this.name = name;
        }

        void declare(String symbol) {
            throw new IllegalStateException("cannot declare " + symbol + " while " + name);
        }

        int resolve(String symbol) {
            throw new IllegalStateException("cannot resolve " + symbol + " while " + name);
        }

        int symbolCount() {
            return 0;
        }
    }

    private final class Collecting extends Phase {
        Collecting() { super("collecting"); }

        @Override
        void declare(String symbol) {
            if (symbols.putIfAbsent(symbol, symbols.size()) != null) {
                throw new IllegalArgumentException("duplicate symbol " + symbol);
            }
        }

        @Override
        int symbolCount() {
            return symbols.size();
        }
    }

    private final class Linked extends Phase {
        Linked() { super("linked"); }

        @Override
        int resolve(String symbol) {
            Integer slot = symbols.get(symbol);
            if (slot == null) {
                throw new NoSuchElementException("undefined symbol " + symbol);
            }
            return slot;
        }

        @Override
        int symbolCount() {
            return symbols.size();
        }
    }

    private final Phase idle = new Phase("idle"); // rejects everything
    private Phase phase = idle;
    private Map<String, Integer> symbols; // created when entering Collecting, kept through Linked, dropped on reset

    public void beginUnit() {
        symbols = new LinkedHashMap<>();
        phase = new Collecting();
    }

    public void declare(String symbol) {
        phase.declare(symbol);
    }

    public void link() {
        if (!(phase instanceof Collecting)) {
            throw new IllegalStateException("link requires collecting, not " + phase.name);
        }
        phase = new Linked();
    }

    public int resolve(String symbol) {
        return phase.resolve(symbol);
    }

    public int symbolCount() {
        return phase.symbolCount();
    }

    public String phaseName() {
        return phase.name;
    }

    public void reset() {
        phase = idle;
        symbols = null;
    }

    private static void exerciseIdle(SD36CompilerPipeline c) {
        check("idle".equals(c.phaseName()) && c.symbolCount() == 0, "idle");
        expect(IllegalStateException.class, () -> c.declare("main"));
        expect(IllegalStateException.class, () -> c.resolve("main"));
        expect(IllegalStateException.class, c::link);
        c.reset();
    }

    public static void main(String[] args) {
        SD36CompilerPipeline compiler = new SD36CompilerPipeline();
        exerciseIdle(compiler);

        compiler.beginUnit();
        compiler.declare("main");
        compiler.declare("helper");
        expect(IllegalArgumentException.class, () -> compiler.declare("main"));
        expect(IllegalStateException.class, () -> compiler.resolve("main"));
        check("collecting".equals(compiler.phaseName()) && compiler.symbolCount() == 2, "collecting");
        compiler.link();
        expect(IllegalStateException.class, compiler::link);
        expect(IllegalStateException.class, () -> compiler.declare("late"));
        check(compiler.resolve("helper") == 1 && compiler.symbolCount() == 2 && "linked".equals(compiler.phaseName()), "linked");
        expect(NoSuchElementException.class, () -> compiler.resolve("printf"));

        compiler.reset();
        exerciseIdle(compiler);
        compiler.reset();
        exerciseIdle(compiler);

        compiler.beginUnit();
        check(compiler.symbolCount() == 0, "fresh table");
        compiler.declare("init");
        compiler.beginUnit(); // restarting discards the previous unit
        compiler.declare("other");
        compiler.link();
        check(compiler.resolve("other") == 0 && compiler.symbolCount() == 1 && "linked".equals(compiler.phaseName()), "again");
        expect(NoSuchElementException.class, () -> compiler.resolve("init"));
        compiler.reset();
        exerciseIdle(compiler);
        System.out.println("SD36CompilerPipeline ok");
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
