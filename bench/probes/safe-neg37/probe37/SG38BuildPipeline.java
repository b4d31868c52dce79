package probe37;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Build-tool pipeline driven by a phase index into an array of handlers
 * (init, compile, package, clean). init creates the artifact map as its only action, clean drops
 * it as its last action, and the index only advances after a handler returns normally; so the map
 * exists exactly while the next phase index is 1, 2 or 3.
 */
public class SG38BuildPipeline {

    static final class Pipeline {
        private static final String[] NAMES = {"init", "compile", "package", "clean"};
        private final Runnable[] handlers = {this::init, this::compile, this::pack, this::clean};
        private final List<String> sources;
        private int phase;                          // index of the next handler to run
        private TreeMap<String, Integer> artifacts; // non-null exactly when phase is 1..3

        Pipeline(List<String> sources) {
            if (sources == null || sources.stream().anyMatch(s -> s == null)) {
                throw new IllegalArgumentException("sources required");
            }
            this.sources = List.copyOf(sources);
        }

        /** Runs the next phase and returns its name. */
        public String step() {
            String name = NAMES[phase];
            handlers[phase].run();
            phase = (phase + 1) % handlers.length;
            return name;
        }

        private void init() {
            artifacts = new TreeMap<>();
        }

        private void compile() {
            for (String source : sources) {
                if (!source.endsWith(".java")) {
                    throw new IllegalArgumentException("cannot compile " + source);
                }
                artifacts.put(source.replace(".java", ".class"), source.length() * 10);
            }
        }

        private void pack() {
            int total = 0;
            for (int size : artifacts.values()) {
                total += size;
            }
            artifacts.put("app.jar", total / 2);
        }

        private void clean() {
            artifacts = null;
        }

        public Optional<Integer> artifactSize(String name) {
            if (phase == 0 || name == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(artifacts.get(name));
        }

        public int artifactCount() {
            return phase == 0 ? 0 : artifacts.size();
        }

        public String nextPhase() {
            return NAMES[phase];
        }

        /** Abandons the current build; idempotent. */
        public void abort() {
            phase = 0;
            artifacts = null;
        }
    }

    public static void main(String[] args) {
        Pipeline pipeline = new Pipeline(List.of("Main.java", "Util.java"));

        // Phase 1: before the map exists.
        check(pipeline.artifactCount() == 0 && pipeline.artifactSize("Main.class").isEmpty(), "nothing built");
        check(pipeline.nextPhase().equals("init"), "starts at init");
        expect(IllegalArgumentException.class, () -> new Pipeline(null));

        // Phase 2: while it exists.
        check(pipeline.step().equals("init") && pipeline.artifactCount() == 0, "init");
        check(pipeline.step().equals("compile") && pipeline.artifactSize("Main.class").orElseThrow() == 90, "compile");
        check(pipeline.step().equals("package") && pipeline.artifactSize("app.jar").orElseThrow() == 90, "package");

        // Phase 3: after it has been dropped (twice: by clean, and by abort of a failing build).
        check(pipeline.step().equals("clean") && pipeline.artifactCount() == 0, "cleaned");
        Pipeline failing = new Pipeline(List.of("Good.java", "notes.txt"));
        failing.step();
        expect(IllegalArgumentException.class, failing::step);
        check(failing.nextPhase().equals("compile") && failing.artifactCount() == 1, "failed compile keeps table");
        failing.abort();
        failing.abort();
        check(failing.artifactSize("Good.class").isEmpty(), "aborted");

        // Phase 4: after it has been created again.
        for (int i = 0; i < 3; i++) {
            pipeline.step();
        }
        check(pipeline.artifactCount() == 3 && pipeline.nextPhase().equals("clean"), "second build");
        pipeline.step();
        System.out.println("SG38BuildPipeline ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
