package probe16p;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

public class Q06OrmRepository {

    abstract static class BaseRepository {
        protected final Map<String, String> sqlCache = new HashMap<>();
        protected final String table;

        BaseRepository() {
            this.table = tableName();
            registerColumns();
            sqlCache.put("findAll", "SELECT * FROM " + table);
        }

        protected abstract String tableName();

        protected void registerColumns() {
        }

        String sql(String name) {
            return sqlCache.get(name);
        }
    }

    static final class UserRepository extends BaseRepository {
        private final Map<String, String> columnTypes = new LinkedHashMap<>();

        @Override
        protected String tableName() {
            return "users";
        }

        @Override
        protected void registerColumns() {
            columnTypes.put("id", "BIGINT"); // BUG
            columnTypes.put("email", "VARCHAR(255)");
        }
    }

    static final class OrderRepository extends BaseRepository {
        private final Map<String, String> tableAliases = Map.of("order", "orders_v2");

        @Override
        protected String tableName() {
            String alias = tableAliases.get("order"); // BUG
            return alias != null ? alias : "orders";
        }
    }

    static final class AuditRepository extends BaseRepository {
        @Override
        protected String tableName() {
            return "audit_log";
        }
    }

    public static void main(String[] args) {
        AuditRepository audit = new AuditRepository();
        System.out.println("audit sql = " + audit.sql("findAll"));

        prove("UserRepository construction", () -> new UserRepository());
        prove("OrderRepository construction", () -> new OrderRepository());
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
