package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit-of-work entity manager in the spirit of Hibernate's Session: an identity map
 * of loaded rows, lazily tracked dirty fields, and column mappings built by a builder.
 */
public class BC06EntityManager implements AutoCloseable {

    public static final class EntityMapping {
        private final String table;
        private final Map<String, String> columns;

        private EntityMapping(Builder b) {
            this.table = b.table;
            this.columns = b.columns;
        }

        public Map<String, String> columnMap() {
            return columns;
        }

        public static final class Builder {
            private String table;
            private Map<String, String> columns;

            public Builder table(String name) {
                this.table = name;
                return this;
            }

            public Builder column(String property, String column) {
                if (columns == null) {
                    columns = new LinkedHashMap<>();
                }
                columns.put(property, column);
                return this;
            }

            public EntityMapping build() {
                return new EntityMapping(this);
            }
        }
    }

    private final EntityMapping mapping;
    private Map<Long, Map<String, Object>> identityMap = new HashMap<>();
    private Map<Long, List<String>> dirtyFields;

    public BC06EntityManager(EntityMapping mapping) {
        this.mapping = mapping;
    }

    private Map<Long, List<String>> dirty() {
        if (dirtyFields == null) {
            dirtyFields = new LinkedHashMap<>();
        }
        return dirtyFields;
    }

    public void persist(long id, Map<String, Object> row) {
        if (identityMap == null) {
            throw new IllegalStateException("session closed");
        }
        identityMap.put(id, new HashMap<>(row));
    }

    public Map<String, Object> find(long id) {
        return identityMap.get(id);
    }

    public void set(long id, String property, Object value) {
        Map<String, Object> row = identityMap == null ? null : identityMap.get(id);
        if (row != null) {
            row.put(property, value);
            dirty().computeIfAbsent(id, k -> new ArrayList<>()).add(property);
        }
    }

    public int pendingChanges() {
        return dirtyFields == null ? 0 : dirtyFields.size();
    }

    public List<String> flush() {
        List<String> statements = new ArrayList<>();
        for (Map.Entry<Long, List<String>> e : dirtyFields.entrySet()) {
            StringBuilder sql = new StringBuilder("UPDATE " + mapping.table + " SET ");
            Map<String, String> cols = mapping.columnMap();
            for (String prop : e.getValue()) {
                sql.append(cols == null ? prop : cols.getOrDefault(prop, prop)).append("=?,");
            }
            statements.add(sql.append(" WHERE id=").append(e.getKey()).toString());
        }
        dirty().clear();
        return statements;
    }

    public String selectAll() {
        StringBuilder cols = new StringBuilder();
        mapping.columnMap().forEach((prop, col) -> cols.append(cols.length() == 0 ? "" : ", ").append(col));
        return "SELECT " + cols + " FROM " + mapping.table;
    }

    public int mappedColumnCount() {
        Map<String, String> cols = mapping.columnMap();
        return cols == null ? 0 : cols.size();
    }

    @Override
    public void close() {
        identityMap = null;
        dirtyFields = null;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC06EntityManager.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC06EntityManager.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        EntityMapping users = new EntityMapping.Builder().table("users")
                .column("name", "user_name").column("email", "email_addr").build();
        BC06EntityManager em = new BC06EntityManager(users);
        em.persist(1L, Map.of("name", "ann", "email", "a@x"));
        em.set(1L, "email", "ann@x");
        System.out.println(em.find(1L) + " pending=" + em.pendingChanges());
        System.out.println(em.flush() + " " + em.selectAll() + " cols=" + em.mappedColumnCount());
        System.out.println("second flush=" + em.flush());
        em.close();
        em.set(1L, "name", "bob");
        System.out.println("closed pending=" + em.pendingChanges());

        EntityMapping bare = new EntityMapping.Builder().table("audit").build();
        BC06EntityManager audit = new BC06EntityManager(bare);
        System.out.println("bare cols=" + audit.mappedColumnCount());
        expectNpe("find after close", 74, () -> em.find(1L));
        expectNpe("flush with nothing tracked", 91, audit::flush);
        expectNpe("select without columns", 105, audit::selectAll);
    }
}
