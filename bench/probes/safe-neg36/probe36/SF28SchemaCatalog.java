package probe36;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Schema catalog of a database driver. The loaded snapshot descriptor is a private sentinel instance while
 * nothing is loaded, and is compared by identity; the column table exists exactly while it is not the sentinel.
 */
public final class SF28SchemaCatalog {
    record Snapshot(String name, long version) { }

    private static final Snapshot NO_SNAPSHOT = new Snapshot("<none>", -1L);

    private Snapshot current = NO_SNAPSHOT;           // NO_SNAPSHOT exactly while 'columns' is null
    private HashMap<String, List<String>> columns;    // table name (lower case) -> column names

    public void load(Snapshot snapshot, Map<String, List<String>> ddl) {
        if (snapshot.version() < 0) {
            throw new IllegalArgumentException("snapshot version must be non-negative");
        }
        HashMap<String, List<String>> fresh = new HashMap<>();
        ddl.forEach((table, cols) -> {
            if (cols.isEmpty()) {
                throw new IllegalArgumentException("table without columns: " + table);
            }
            fresh.put(table.toLowerCase(Locale.ROOT), List.copyOf(cols));
        });
        columns = fresh;
        current = snapshot;
    }

    public void unload() {
        current = NO_SNAPSHOT;
        columns = null;
    }

    public boolean isLoaded() {
        return current != NO_SNAPSHOT;
    }

    public List<String> columnsOf(String table) {
        if (current == NO_SNAPSHOT) {
            throw new IllegalStateException("catalog not loaded");
        }
        List<String> cols = columns.get(table.toLowerCase(Locale.ROOT));
        if (cols == null) {
            throw new NoSuchElementException("no table " + table + " in " + current.name());
        }
        return cols;
    }

    public boolean hasTable(String table) {
        return current != NO_SNAPSHOT && columns.containsKey(table.toLowerCase(Locale.ROOT));
    }

    public String describe() {
        return current == NO_SNAPSHOT ? "empty catalog"
                : current.name() + "@" + current.version() + " (" + columns.size() + " tables)";
    }

    public static void main(String[] args) {
        SF28SchemaCatalog catalog = new SF28SchemaCatalog();
        Map<String, List<String>> ddl = Map.of("Users", List.of("id", "name"), "orders", List.of("id", "user_id", "total"));
        // Phase 1: nothing loaded.
        check(!catalog.isLoaded() && catalog.describe().equals("empty catalog"), "empty");
        check(!catalog.hasTable("users"), "no tables before load");
        expect(IllegalStateException.class, () -> catalog.columnsOf("users"));
        expect(IllegalArgumentException.class, () -> catalog.load(new Snapshot("<none>", -1L), ddl));
        expect(IllegalArgumentException.class, () -> catalog.load(new Snapshot("bad", 1), Map.of("t", List.of())));
        check(!catalog.isLoaded(), "failed loads leave it unloaded");
        // Phase 2: loaded.
        catalog.load(new Snapshot("prod", 7), ddl);
        check(catalog.describe().equals("prod@7 (2 tables)"), "describe");
        check(catalog.columnsOf("USERS").equals(List.of("id", "name")) && catalog.hasTable("Orders"), "case-insensitive");
        expect(NoSuchElementException.class, () -> catalog.columnsOf("payments"));
        // Phase 3: unloaded, twice.
        for (int round = 0; round < 2; round++) {
            catalog.unload();
            check(!catalog.isLoaded() && !catalog.hasTable("users"), "unloaded");
            check(catalog.describe().equals("empty catalog"), "describe after unload");
            expect(IllegalStateException.class, () -> catalog.columnsOf("orders"));
        }
        // Phase 4: loaded again.
        catalog.load(new Snapshot("staging", 8), Map.of("events", List.of("ts")));
        check(catalog.columnsOf("events").equals(List.of("ts")) && !catalog.hasTable("users"), "reloaded");
        check(!new Snapshot("<none>", -1L).equals(catalog.current) && NO_SNAPSHOT.equals(new Snapshot("<none>", -1L)),
                "records compare by value, the sentinel check by identity");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
