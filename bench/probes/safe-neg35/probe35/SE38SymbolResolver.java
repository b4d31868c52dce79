package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Symbol resolver of a language server. When a project index is loaded the resolver
 * swaps in strategy functions bound to the symbol map (a bound method reference and a
 * lambda); unloading swaps them back to "nothing known" functions in the same method
 * that drops the map. Public methods only call through the current strategy.
 */
public class SE38SymbolResolver {
    private static final Predicate<String> NOTHING_KNOWN = name -> false;
    private static final Function<String, Optional<String>> NO_LOCATION = name -> Optional.empty();

    private Map<String, String> symbols; // symbol -> "file:line", null while no index is loaded
    private Predicate<String> isKnown = NOTHING_KNOWN;
    private Function<String, Optional<String>> locate = NO_LOCATION;
    private String project = "<none>";

    public void loadIndex(String projectName, Map<String, String> index) {
        if (index.isEmpty()) {
            throw new IllegalArgumentException("empty index for " + projectName);
        }
        symbols = new HashMap<>(index);
        isKnown = symbols::containsKey;
        locate = name -> Optional.ofNullable(symbols.get(name));
        project = projectName;
    }

    public void unloadIndex() {
        isKnown = NOTHING_KNOWN;
        locate = NO_LOCATION;
        symbols = null;
        project = "<none>";
    }

    public boolean isDefined(String name) {
        return isKnown.test(name);
    }

    public String goToDefinition(String name) {
        return locate.apply(name).orElseThrow(() -> new IllegalArgumentException("cannot resolve " + name + " in " + project));
    }

    public String hover(String name) {
        return isDefined(name) ? name + " defined at " + goToDefinition(name) : name + " (unresolved)";
    }

    public static void main(String[] args) {
        SE38SymbolResolver resolver = new SE38SymbolResolver();
        check(!resolver.isDefined("main") && resolver.hover("main").equals("main (unresolved)"), "no index");
        expect(IllegalArgumentException.class, () -> resolver.goToDefinition("main"));
        expect(IllegalArgumentException.class, () -> resolver.loadIndex("empty", Map.of()));

        resolver.loadIndex("app", Map.of("main", "Main.java:3", "Util.join", "Util.java:40"));
        check(resolver.isDefined("Util.join") && resolver.goToDefinition("main").equals("Main.java:3"), "resolved");
        check(resolver.hover("Util.join").equals("Util.join defined at Util.java:40"), "hover");
        expect(IllegalArgumentException.class, () -> resolver.goToDefinition("missing"));

        for (int round = 0; round < 2; round++) {
            resolver.unloadIndex();
            check(!resolver.isDefined("main") && resolver.hover("main").equals("main (unresolved)"), "unloaded");
            expect(IllegalArgumentException.class, () -> resolver.goToDefinition("main"));
        }

        resolver.loadIndex("lib", Map.of("parse", "Parser.java:12"));
        check(resolver.isDefined("parse") && !resolver.isDefined("main"), "reloaded");
        check(resolver.goToDefinition("parse").equals("Parser.java:12"), "new project");
        System.out.println("SE38SymbolResolver ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
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
}
