package probe30;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal ORM row mapper: binds a table schema and produces INSERT statements and parameters. */
public final class T30EntityMapper {
    public record TableSchema(String table, Map<String, String> columns) {
        public TableSchema {
            if (table == null || table.isBlank()) throw new IllegalArgumentException("table name required");
            if (columns == null || columns.isEmpty()) throw new IllegalArgumentException("columns required");
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns)); // keep declaration order
        }
    }

    private String table;
    private LinkedHashMap<String, String> columnTypes; // column -> SQL type; null until bind()

    public void bind(TableSchema schema) {
        columnTypes = new LinkedHashMap<>(schema.columns());
        table = schema.table();
    }

    public boolean isBound() {
        return columnTypes != null;
    }

    public String insertSql() {
        if (columnTypes == null) throw new IllegalStateException("no schema bound");
        String cols = String.join(", ", columnTypes.keySet());
        String marks = String.join(", ", Collections.nCopies(columnTypes.size(), "?"));
        return "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")";
    }

    public List<Object> parameters(Map<String, ?> values) {
        Map<String, String> types = columnTypes;
        if (types == null) throw new IllegalStateException("no schema bound");
        for (String key : values.keySet()) {
            if (!types.containsKey(key)) throw new IllegalArgumentException("unknown column " + key);
        }
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, String> column : types.entrySet()) {
            Object v = values.get(column.getKey());
            if (v != null && !accepts(column.getValue(), v)) {
                throw new IllegalArgumentException(column.getKey() + " expects " + column.getValue());
            }
            params.add(v);
        }
        return Collections.unmodifiableList(params);
    }

    private static boolean accepts(String sqlType, Object v) {
        return switch (sqlType) {
            case "INTEGER", "BIGINT" -> v instanceof Integer || v instanceof Long;
            case "TEXT" -> v instanceof String;
            case "BOOLEAN" -> v instanceof Boolean;
            default -> false;
        };
    }

    public void unbind() {
        columnTypes = null;
        table = null;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("id", "BIGINT");
        cols.put("name", "TEXT");
        cols.put("active", "BOOLEAN");
        TableSchema users = new TableSchema("users", cols);
        cols.put("hacked", "TEXT"); // schema keeps its own copy
        assert users.table().equals("users") && users.columns().size() == 3;
        expectFailure(() -> new TableSchema("t", Map.of()));

        T30EntityMapper mapper = new T30EntityMapper();
        assert !mapper.isBound();
        expectFailure(mapper::insertSql);
        expectFailure(() -> mapper.parameters(Map.of()));
        mapper.unbind();

        mapper.bind(users);
        assert mapper.insertSql().equals("INSERT INTO users (id, name, active) VALUES (?, ?, ?)");
        List<Object> p = mapper.parameters(Map.of("id", 7L, "name", "Ada"));
        assert p.equals(java.util.Arrays.asList(7L, "Ada", null));
        expectFailure(() -> mapper.parameters(Map.of("email", "x")));
        expectFailure(() -> mapper.parameters(Map.of("active", "yes")));

        mapper.unbind();
        assert !mapper.isBound();
        expectFailure(mapper::insertSql);
        expectFailure(() -> mapper.parameters(Map.of("id", 1)));
        mapper.bind(new TableSchema("tags", Map.of("label", "TEXT")));
        assert mapper.insertSql().equals("INSERT INTO tags (label) VALUES (?)");
        System.out.println("T30 ok");
    }
}
