package probe35;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedded-database schema migrator (Flyway-like, with down migrations). Column
 * comments were introduced by schema version 3: migrating up through V3 creates the
 * comment table and migrating below 3 drops it, so "schemaVersion >= 3" is the guard.
 */
public class SE40SchemaMigrator {
    private static final int LATEST = 4;
    private static final int COMMENTS_SINCE = 3;

    private int schemaVersion = 1;
    private final List<String> columns = new ArrayList<>(List.of("id", "name"));
    private Map<String, String> columnComments; // non-null exactly when schemaVersion >= 3
    private final List<String> history = new ArrayList<>();

    public void migrateTo(int target) {
        if (target < 1 || target > LATEST) {
            throw new IllegalArgumentException("unknown schema version " + target);
        }
        while (schemaVersion < target) {
            int next = schemaVersion + 1;
            switch (next) {
                case 2 -> columns.add("email");
                case 3 -> columnComments = new LinkedHashMap<>();
                case 4 -> columns.add("created_at");
                default -> throw new IllegalStateException("no migration to V" + next);
            }
            schemaVersion = next;
            history.add("up V" + next);
        }
        while (schemaVersion > target) {
            switch (schemaVersion) {
                case 4 -> {
                    columns.remove("created_at");
                    columnComments.remove("created_at");
                }
                case 3 -> columnComments = null;
                case 2 -> columns.remove("email");
                default -> throw new IllegalStateException("no down migration from V" + schemaVersion);
            }
            history.add("down V" + schemaVersion);
            schemaVersion--;
        }
    }

    public void comment(String column, String text) {
        if (schemaVersion < COMMENTS_SINCE) {
            throw new UnsupportedOperationException("column comments need schema V3, at V" + schemaVersion);
        }
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        columnComments.put(column, text);
    }

    public String describe(String column) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        String note = schemaVersion >= COMMENTS_SINCE ? columnComments.get(column) : null;
        return note == null ? column : column + " -- " + note;
    }

    public int commentCount() {
        return schemaVersion >= COMMENTS_SINCE ? columnComments.size() : 0;
    }

    public static void main(String[] args) {
        SE40SchemaMigrator db = new SE40SchemaMigrator();
        check(db.describe("name").equals("name") && db.commentCount() == 0, "V1");
        expect(UnsupportedOperationException.class, () -> db.comment("name", "display name"));
        expect(IllegalArgumentException.class, () -> db.migrateTo(9));

        db.migrateTo(2);
        expect(UnsupportedOperationException.class, () -> db.comment("email", "login"));
        db.migrateTo(4);
        db.comment("email", "login");
        db.comment("created_at", "UTC");
        expect(IllegalArgumentException.class, () -> db.comment("age", "years"));
        check(db.describe("email").equals("email -- login") && db.commentCount() == 2, "V4 comments");
        db.migrateTo(3);
        check(db.commentCount() == 1 && db.describe("email").equals("email -- login"), "V3 keeps comment table");

        for (int round = 0; round < 2; round++) {
            db.migrateTo(2 - round);
            check(db.commentCount() == 0, "dropped at V" + (2 - round));
            expect(UnsupportedOperationException.class, () -> db.comment("name", "x"));
            check(db.describe("name").equals("name"), "describe without comments");
        }

        db.migrateTo(3);
        db.comment("name", "display name");
        check(db.describe("name").equals("name -- display name") && db.commentCount() == 1, "recreated");
        check(db.history.get(db.history.size() - 1).equals("up V3"), "history");
        System.out.println("SE40SchemaMigrator ok");
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
