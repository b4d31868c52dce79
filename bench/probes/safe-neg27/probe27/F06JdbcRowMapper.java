package probe27;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Spring-JdbcTemplate-style row mapping over a driver-like result set with a lazily built column index. */
public final class F06JdbcRowMapper {

    /** Minimal stand-in for java.sql.ResultSet over in-memory rows. */
    public static final class FakeResultSet implements AutoCloseable {
        private final String[] columns;
        private final List<Object[]> rows;
        private int cursor = -1;
        private boolean closed;
        private Map<String, Integer> columnIndex; // built on first findColumn(), dropped on close()

        public FakeResultSet(String[] columns, List<Object[]> rows) {
            this.columns = columns.clone();
            this.rows = rows;
        }

        public boolean next() throws SQLException { checkOpen(); return ++cursor < rows.size(); }

        public int findColumn(String label) throws SQLException {
            Integer idx = index().get(label.toLowerCase(Locale.ROOT));
            if (idx == null) throw new SQLException("Invalid column name: " + label);
            return idx;
        }

        private Map<String, Integer> index() throws SQLException {
            checkOpen();
            Map<String, Integer> m = columnIndex;
            if (m == null) {
                m = new HashMap<>();
                for (int i = 0; i < columns.length; i++) m.putIfAbsent(columns[i].toLowerCase(Locale.ROOT), i + 1);
                columnIndex = m;
            }
            return m;
        }

        public Object getObject(int column) throws SQLException {
            checkOpen();
            if (cursor < 0 || cursor >= rows.size()) throw new SQLException("no current row");
            if (column < 1 || column > columns.length) throw new SQLException("bad column index " + column);
            return rows.get(cursor)[column - 1];
        }

        public Object getObject(String label) throws SQLException { return getObject(findColumn(label)); }

        public String getString(String label) throws SQLException {
            Object o = getObject(label);
            return o == null ? null : o.toString();
        }

        public long getLong(String label) throws SQLException {
            return getObject(label) instanceof Number n ? n.longValue() : 0L;
        }

        public boolean isIndexed() { return columnIndex != null; }

        private void checkOpen() throws SQLException { if (closed) throw new SQLException("ResultSet is closed"); }

        @Override public void close() { closed = true; columnIndex = null; }
    }

    @FunctionalInterface
    public interface RowMapper<T> { T mapRow(FakeResultSet rs, int rowNum) throws SQLException; }

    public record User(long id, String name, String email) {}

    private Map<String, String> columnAliases; // property -> column; null when names already match

    public F06JdbcRowMapper alias(String property, String column) {
        if (columnAliases == null) columnAliases = new HashMap<>();
        columnAliases.put(property, column);
        return this;
    }

    public void clearAliases() { columnAliases = null; }

    private String column(String property) {
        return columnAliases == null ? property : columnAliases.getOrDefault(property, property);
    }

    public RowMapper<User> userMapper() {
        return (rs, rowNum) -> new User(rs.getLong(column("id")), rs.getString(column("name")), rs.getString(column("email")));
    }

    public static <T> List<T> query(FakeResultSet rs, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (rs) {
            int row = 0;
            while (rs.next()) out.add(mapper.mapRow(rs, row++));
        }
        return out;
    }

    public static void main(String[] args) throws SQLException {
        String[] cols = {"ID", "user_name", "Email"};
        List<Object[]> rows = List.of(new Object[] {1L, "ann", "ann@x.org"}, new Object[] {2, "bob", null});
        F06JdbcRowMapper mapper = new F06JdbcRowMapper().alias("name", "user_name");
        FakeResultSet rs = new FakeResultSet(cols, rows);
        assert !rs.isIndexed();
        List<User> users = query(rs, mapper.userMapper());
        assert users.equals(List.of(new User(1, "ann", "ann@x.org"), new User(2, "bob", null))) : users;
        assert !rs.isIndexed() : "closed by query()";
        boolean closedError = false;
        try { rs.findColumn("id"); } catch (SQLException expected) { closedError = true; }
        assert closedError;

        FakeResultSet rs2 = new FakeResultSet(cols, rows);
        assert rs2.next() && rs2.findColumn("EMAIL") == 3 && rs2.isIndexed();
        boolean unknown = false;
        try { rs2.getObject("nope"); } catch (SQLException expected) { unknown = true; }
        assert unknown;
        rs2.close();
        assert !rs2.isIndexed();

        mapper.clearAliases();
        mapper.clearAliases();
        List<User> plain = query(new FakeResultSet(new String[] {"id", "name", "email"}, rows), mapper.userMapper());
        assert plain.get(1).name().equals("bob") && plain.get(0).id() == 1;
        System.out.println("F06 ok");
    }
}
