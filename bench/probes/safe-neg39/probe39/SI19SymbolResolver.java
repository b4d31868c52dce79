package probe39;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Name-resolution pass of a toy compiler (a function body is a flat list of statements; a Let
 * with a null initFrom is initialised by a literal). The private visitor creates the local table in
 * {@code enterFunction} and drops it in {@code exitFunction}; statements are visited only from
 * {@code visitFunction}, between those two calls, so the statement visits use the table directly.
 *
 * <p>This class is single-threaded: one resolver per compilation thread.
 */
public final class SI19SymbolResolver {
    public sealed interface Stmt permits Let, Use {}

    public record Let(String name, String initFrom) implements Stmt {
        public Let {
            requireName(name);
        }
    }

    public record Use(String name) implements Stmt {
        public Use {
            requireName(name);
        }
    }

    public record Func(String name, List<String> params, List<Stmt> body) {
        public Func {
            requireName(name);
            params = checkedCopy(params);
            body = checkedCopy(body);
        }
    }

    private final Set<String> globals = new TreeSet<>();
    private final Map<String, Integer> frameSizes = new LinkedHashMap<>();

    private final class Resolver {
        private HashMap<String, Integer> locals; // name -> slot; non-null only inside a function
        private String function;
        private final List<String> errors = new ArrayList<>();

        void visitFunction(Func f) {
            enterFunction(f);
            for (Stmt s : f.body()) {
                if (s instanceof Let let) {
                    visitLet(let);
                } else if (s instanceof Use use) {
                    lookup(use.name());
                }
            }
            exitFunction();
        }

        private void enterFunction(Func f) {
            function = f.name();
            locals = new HashMap<>();
            for (String p : f.params()) {
                if (locals.putIfAbsent(p, locals.size()) != null) {
                    errors.add(function + ": duplicate parameter " + p);
                }
            }
        }

        private void exitFunction() {
            frameSizes.put(function, locals.size());
            locals = null;
            function = null;
        }

        private void visitLet(Let let) {
            if (let.initFrom() != null) {
                lookup(let.initFrom());
            }
            if (locals.putIfAbsent(let.name(), locals.size()) != null) {
                errors.add(function + ": redeclared " + let.name());
            }
        }

        private void lookup(String name) {
            if (!locals.containsKey(name) && !globals.contains(name)) {
                errors.add(function + ": unresolved " + name);
            }
        }
    }

    public void declareGlobal(String name) {
        requireName(name);
        globals.add(name);
    }

    public List<String> resolve(List<Func> program) {
        Resolver resolver = new Resolver();
        for (Func f : checkedCopy(program)) {
            resolver.visitFunction(f);
        }
        return List.copyOf(resolver.errors);
    }

    public int frameSize(String function) {
        requireName(function);
        return frameSizes.getOrDefault(function, -1);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be non-blank");
        }
    }

    private static <T> List<T> checkedCopy(List<T> list) {
        if (list == null) {
            throw new IllegalArgumentException("list is null");
        }
        List<T> copy = new ArrayList<>();
        for (T item : list) {
            if (item == null) {
                throw new IllegalArgumentException("list contains null");
            }
            copy.add(item);
        }
        return List.copyOf(copy);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI19SymbolResolver resolver = new SI19SymbolResolver();
        check(resolver.resolve(List.of()).isEmpty() && resolver.frameSize("main") == -1, "empty program");
        expect(IllegalArgumentException.class, () -> resolver.resolve(null));
        expect(IllegalArgumentException.class, () -> new Func("f", List.of(), java.util.Arrays.asList((Stmt) null)));
        expect(IllegalArgumentException.class, () -> new Use(" "));
        expect(IllegalArgumentException.class, () -> resolver.declareGlobal(null));

        Func add = new Func("add", List.of("a", "b"), List.of(new Let("sum", "a"), new Use("b"), new Use("sum")));
        Func bad = new Func("bad", List.of("x", "x"), List.of(new Use("out"), new Let("y", null), new Let("y", "x")));
        List<String> errors = resolver.resolve(List.of(add, bad));
        check(errors.equals(List.of("bad: duplicate parameter x", "bad: unresolved out", "bad: redeclared y")),
                errors.toString());
        check(resolver.frameSize("add") == 3 && resolver.frameSize("bad") == 2, "frame sizes");

        resolver.declareGlobal("out");
        check(resolver.resolve(List.of(new Func("main", List.of(), List.of(new Use("out"))))).isEmpty(), "global");
        check(resolver.frameSize("main") == 0 && resolver.resolve(List.of(add)).isEmpty(), "re-run");
        System.out.println("OK SI19SymbolResolver");
    }
}
