package probe26;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Fluent SQL builder of a data-access layer. Filters and ordering are optional: their maps
 * are created by the first where()/orderBy() call and may be cleared back to null.
 */
public final class D38SqlQueryBuilder {

    public record Query(String sql, List<Object> bindings) {}

    private final String table;
    private final List<String> columns = new ArrayList<>();
    private Map<String, Object> whereEquals; // column -> value (null value means IS NULL); null when unfiltered
    private Map<String, Boolean> orderBy;    // column -> ascending; null when unordered
    private Integer limit;

    public D38SqlQueryBuilder(String table) {
        this.table = table;
    }

    public D38SqlQueryBuilder select(String... cols) {
        columns.addAll(List.of(cols));
        return this;
    }

    public D38SqlQueryBuilder where(String column, Object value) {
        if (whereEquals == null) {
            whereEquals = new LinkedHashMap<>();
        }
        whereEquals.put(column, value);
        return this;
    }

    public D38SqlQueryBuilder orderBy(String column, boolean ascending) {
        if (orderBy == null) {
            orderBy = new LinkedHashMap<>();
        }
        orderBy.put(column, ascending);
        return this;
    }

    public D38SqlQueryBuilder limit(int n) {
        this.limit = n > 0 ? n : null;
        return this;
    }

    public D38SqlQueryBuilder clearWhere() {
        whereEquals = null;
        return this;
    }

    public D38SqlQueryBuilder clearOrder() {
        orderBy = null;
        return this;
    }

    public Query build() {
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(columns.isEmpty() ? "*" : String.join(", ", columns))
                .append(" FROM ").append(table);
        List<Object> binds = new ArrayList<>();
        if (whereEquals != null && !whereEquals.isEmpty()) {
            StringJoiner j = new StringJoiner(" AND ", " WHERE ", "");
            for (Map.Entry<String, Object> e : whereEquals.entrySet()) {
                if (e.getValue() == null) {
                    j.add(e.getKey() + " IS NULL");
                } else {
                    j.add(e.getKey() + " = ?");
                    binds.add(e.getValue());
                }
            }
            sql.append(j);
        }
        if (orderBy != null) {
            StringJoiner j = new StringJoiner(", ", " ORDER BY ", "");
            orderBy.forEach((c, asc) -> j.add(c + (Boolean.TRUE.equals(asc) ? " ASC" : " DESC")));
            sql.append(j);
        }
        if (limit != null) {
            sql.append(" LIMIT ").append(limit);
        }
        return new Query(sql.toString(), List.copyOf(binds));
    }

    public D38SqlQueryBuilder copy() {
        D38SqlQueryBuilder b = new D38SqlQueryBuilder(table);
        b.columns.addAll(columns);
        if (whereEquals != null) {
            b.whereEquals = new LinkedHashMap<>(whereEquals);
        }
        b.orderBy = orderBy == null ? null : new LinkedHashMap<>(orderBy);
        b.limit = limit;
        return b;
    }

    @Override
    public String toString() {
        return build().sql();
    }

    public static void main(String[] args) {
        D38SqlQueryBuilder q = new D38SqlQueryBuilder("orders");
        System.out.println(q + " | " + q.copy() + " | " + q.clearWhere().clearOrder().build());
        q.select("id", "total").where("status", "PAID").where("deleted_at", null).orderBy("created_at", false).limit(50);
        System.out.println(q.build());
        D38SqlQueryBuilder page2 = q.copy().where("customer_id", 42).orderBy("id", true);
        System.out.println(page2.build() + " | " + q.build().bindings());
        System.out.println(q.clearWhere().limit(0) + " | " + page2.clearOrder().build());
    }
}
