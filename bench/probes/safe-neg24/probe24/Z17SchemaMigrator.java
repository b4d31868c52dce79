package probe24;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies schema migration statements and keeps an undo log while a migration runs.
 * On a failing statement the catch block rolls back, drops the undo log and rethrows,
 * so the code after the {@code try} only runs when the log is still there.
 */
public class Z17SchemaMigrator {

    /** A statement could not be applied. */
    static final class MigrationException extends Exception {
        private static final long serialVersionUID = 1L;

        MigrationException(String message) {
            super(message);
        }
    }

    /** Column name to SQL type. */
    private final Map<String, String> columns = new LinkedHashMap<>();
    /** Column to its type before the running migration (null value: column was added); exists only during migrate(). */
    private LinkedHashMap<String, String> undoLog;

    /** Applies all statements atomically; returns the number of columns touched. */
    public int migrate(List<String> statements) throws MigrationException {
        undoLog = new LinkedHashMap<>();
        try {
            for (String statement : statements) {
                apply(statement);
            }
        } catch (MigrationException e) {
            rollback();
            throw e;
        }
        int touched = undoLog.size();
        undoLog = null;
        return touched;
    }

    /** Supports "ADD col type", "ALTER col type" and "DROP col". */
    private void apply(String statement) throws MigrationException {
        String[] p = statement.split(" ");
        String column = p.length > 1 ? p[1] : "";
        boolean exists = columns.containsKey(column);
        switch (p[0]) {
            case "ADD", "ALTER" -> {
                if (p.length != 3 || exists == p[0].equals("ADD")) {
                    throw new MigrationException("cannot apply: " + statement);
                }
                remember(column);
                columns.put(column, p[2]);
            }
            case "DROP" -> {
                if (!exists) {
                    throw new MigrationException("no such column: " + column);
                }
                remember(column);
                columns.remove(column);
            }
            default -> throw new MigrationException("unknown statement: " + statement);
        }
    }

    /** Keeps the type a column had before its first change in this migration. */
    private void remember(String column) {
        if (!undoLog.containsKey(column)) {
            undoLog.put(column, columns.get(column));
        }
    }

    private void rollback() {
        undoLog.forEach((column, previous) -> {
            if (previous == null) {
                columns.remove(column);
            } else {
                columns.put(column, previous);
            }
        });
        undoLog = null;
    }

    public boolean isMigrating() {
        return undoLog != null;
    }

    public static void main(String[] args) {
        Z17SchemaMigrator db = new Z17SchemaMigrator();
        try {
            System.out.println(db.migrate(List.of("ADD id bigint", "ADD name text")) + " " + db.columns);
            System.out.println(db.migrate(List.of("ALTER name varchar", "ADD email text", "DROP id", "ADD name int")));
        } catch (MigrationException e) {
            System.out.println("rolled back: " + e.getMessage() + " " + db.columns + " " + db.isMigrating());
        }
        try {
            System.out.println(db.migrate(List.of()) + " " + db.migrate(List.of("DROP name", "ADD name text")) + " " + db.columns);
            db.migrate(List.of("RENAME id"));
        } catch (MigrationException e) {
            System.out.println("rolled back: " + e.getMessage() + " " + db.columns + " " + db.isMigrating());
        }
    }
}
