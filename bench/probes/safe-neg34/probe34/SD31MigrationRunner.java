package probe34;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Schema migration runner (Flyway-like); the in-memory ledger is loaded by lambdas run on the spot. */
public class SD31MigrationRunner {
    public record Step(int version, String description) { }

    private final SortedMap<Integer, String> schemaHistory = new TreeMap<>(); // the persisted table
    private SortedMap<Integer, String> ledger; // in-memory view; null until loaded and after forget()

    public int migrate(List<Step> steps) {
        Runnable loadLedger = () -> ledger = new TreeMap<>(schemaHistory);
        loadLedger.run();
        int applied = 0;
        for (Step step : steps) {
            if (step.version() <= 0) {
                throw new IllegalArgumentException("versions start at 1");
            }
            if (ledger.containsKey(step.version())) {
                continue;
            }
            if (!ledger.isEmpty() && step.version() < ledger.lastKey()) {
                throw new IllegalStateException("out-of-order migration " + step.version());
            }
            ledger.put(step.version(), step.description());
            schemaHistory.put(step.version(), step.description());
            applied++;
        }
        return applied;
    }

    public int currentVersion() {
        Runnable refresh = () -> ledger = new TreeMap<>(schemaHistory);
        refresh.run();
        return ledger.isEmpty() ? 0 : ledger.lastKey();
    }

    public List<String> history() {
        Consumer<SortedMap<Integer, String>> install = loaded -> ledger = loaded;
        install.accept(new TreeMap<>(schemaHistory));
        return ledger.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList();
    }

    public String describe(int version) {
        Runnable refresh = () -> ledger = new TreeMap<>(schemaHistory);
        refresh.run();
        String description = ledger.get(version);
        if (description == null) {
            throw new NoSuchElementException("version " + version + " not applied");
        }
        return description;
    }

    public boolean isLoaded() {
        return ledger != null;
    }

    public void forget() {
        ledger = null;
    }

    private static void exercise(SD31MigrationRunner r, int version, int historySize) {
        r.forget();
        check(!r.isLoaded(), "not loaded");
        check(r.currentVersion() == version && r.isLoaded(), "current version " + r.currentVersion());
        r.forget();
        check(r.history().size() == historySize, "history size");
        r.forget();
        expect(NoSuchElementException.class, () -> r.describe(999));
        r.forget();
        check(r.migrate(List.of()) == 0 && r.isLoaded(), "empty migrate loads the ledger");
    }

    public static void main(String[] args) {
        SD31MigrationRunner runner = new SD31MigrationRunner();
        check(!runner.isLoaded(), "fresh runner");
        exercise(runner, 0, 0);

        runner.forget();
        int applied = runner.migrate(List.of(new Step(1, "create users"), new Step(2, "add email")));
        check(applied == 2 && runner.currentVersion() == 2, "applied two");
        check(runner.migrate(List.of(new Step(1, "create users"), new Step(4, "index email"))) == 1, "idempotent");
        check("add email".equals(runner.describe(2)), "describe");
        check(runner.history().equals(List.of("1:create users", "2:add email", "4:index email")), "history");
        expect(IllegalStateException.class, () -> runner.migrate(List.of(new Step(3, "late"))));
        expect(IllegalArgumentException.class, () -> runner.migrate(List.of(new Step(0, "bad"))));
        runner.forget();
        expect(IllegalStateException.class, () -> runner.migrate(List.of(new Step(5, "ok"), new Step(3, "x"))));
        runner.forget();
        expect(IllegalStateException.class, () -> runner.migrate(List.of(new Step(2, "dup"), new Step(3, "old"))));

        runner.forget();
        exercise(runner, 5, 4);
        runner.forget();
        exercise(runner, 5, 4);
        check(runner.migrate(List.of(new Step(6, "drop legacy"))) == 1 && runner.currentVersion() == 6, "again");
        runner.forget();
        check(!runner.isLoaded(), "forgotten at the end");
        System.out.println("SD31MigrationRunner ok");
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
