package probe24;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gradle-style project evaluation. Plugins cannot read the build script's extension
 * values before the script has run, so they register {@code afterEvaluate} actions; an
 * action registered after evaluation runs immediately.
 */
public class Z07ProjectEvaluation {

    private final String path;
    private final List<Runnable> deferred = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    /** Extension values declared by the build script; null until evaluate(). */
    private LinkedHashMap<String, String> extensions;

    public Z07ProjectEvaluation(String path) {
        this.path = path;
    }

    /** Runs {@code action} once the project has been evaluated. */
    public void afterEvaluate(Runnable action) {
        if (extensions != null) {
            action.run();
        } else {
            deferred.add(action);
        }
    }

    /** Runs the build script (here: its declared values) and then the deferred actions. */
    public void evaluate(Map<String, String> script) {
        if (extensions != null) {
            throw new IllegalStateException(path + " has already been evaluated");
        }
        extensions = new LinkedHashMap<>(script);
        List<Runnable> actions = List.copyOf(deferred);
        deferred.clear();
        actions.forEach(Runnable::run);
    }

    /** The java plugin defaults the source level unless the script chose one. */
    public void applyJavaPlugin() {
        afterEvaluate(() -> {
            extensions.putIfAbsent("java.sourceCompatibility", "17");
            log.add(path + ": java " + extensions.get("java.sourceCompatibility"));
        });
    }

    /** Hands the evaluated value of {@code key} to {@code consumer}. */
    public void whenEvaluated(String key, Consumer<String> consumer) {
        afterEvaluate(() -> consumer.accept(extensions.getOrDefault(key, "<unset>")));
    }

    public int pendingActions() {
        return deferred.size();
    }

    public boolean isEvaluated() {
        return extensions != null;
    }

    public static void main(String[] args) {
        Z07ProjectEvaluation app = new Z07ProjectEvaluation(":app");
        app.applyJavaPlugin();
        app.whenEvaluated("version", v -> app.log.add(":app version " + v));
        app.whenEvaluated("group", g -> app.log.add(":app group " + g));
        System.out.println(app.isEvaluated() + " pending=" + app.pendingActions());
        app.evaluate(Map.of("version", "1.4.0"));
        app.whenEvaluated("java.sourceCompatibility", v -> app.log.add("late read " + v));
        System.out.println(app.isEvaluated() + " pending=" + app.pendingActions());

        Z07ProjectEvaluation lib = new Z07ProjectEvaluation(":lib");
        lib.evaluate(Map.of("java.sourceCompatibility", "11"));
        lib.applyJavaPlugin();
        app.log.addAll(lib.log);
        app.log.forEach(System.out::println);
    }
}
