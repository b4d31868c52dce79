package probe28;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Fluent SQL builder in the style of jOOQ / QueryDSL: table aliases, WHERE clauses
 * and either positional or named parameter binding. Raw queries bypass the DSL.
 */
public class BC17QueryBuilder {

    private final String rawSql;
    private final String table;
    private final Map<String, String> aliases;
    private final List<String> where = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    public BC17QueryBuilder(String table) {
        this.table = table;
        this.rawSql = null;
        this.aliases = new LinkedHashMap<>();
    }

    private BC17QueryBuilder(String rawSql, boolean raw) {
        this.rawSql = Objects.requireNonNull(rawSql);
        this.table = raw ? null : rawSql;
        this.aliases = null;
    }

    public static BC17QueryBuilder raw(String sql) {
        return new BC17QueryBuilder(sql, true);
    }

    public BC17QueryBuilder alias(String column, String as) {
        if (rawSql != null) {
            throw new IllegalStateException("raw queries cannot alias columns");
        }
        aliases.put(column, as);
        return this;
    }

    public BC17QueryBuilder where(String column, Object value) {
        where.add(column);
        args.add(value);
        return this;
    }

    public String toSql() {
        if (rawSql != null) {
            return rawSql;
        }
        StringBuilder sb = new StringBuilder("SELECT ");
        if (aliases.isEmpty()) {
            sb.append('*');
        } else {
            List<String> cols = new ArrayList<>();
            aliases.forEach((c, a) -> cols.add(c + " AS " + a));
            sb.append(String.join(", ", cols));
        }
        sb.append(" FROM ").append(table);
        for (int i = 0; i < where.size(); i++) {
            sb.append(i == 0 ? " WHERE " : " AND ").append(where.get(i)).append(" = ?");
        }
        return sb.toString();
    }

    public String resolveColumn(String columnOrAlias) {
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            if (e.getValue().equals(columnOrAlias)) {
                return e.getKey();
            }
        }
        return columnOrAlias;
    }

    public int aliasCount() {
        return aliases == null ? 0 : aliases.size();
    }

    public Object bindings(String style) {
        List<Object> positional = null;
        Map<String, Object> named = null;
        if ("named".equals(style)) {
            named = new LinkedHashMap<>();
        } else {
            positional = new ArrayList<>();
        }
        for (int i = 0; i < args.size(); i++) {
            if (positional != null) {
                positional.add(args.get(i));
            } else {
                named.put(where.get(i), args.get(i));
            }
        }
        return positional != null ? positional : named;
    }

    public Map<String, Object> namedBindings(String dialect) {
        Map<String, Object> bound = null;
        if ("postgres".equals(dialect) || "h2".equals(dialect)) {
            bound = new LinkedHashMap<>();
        } else if ("oracle".equals(dialect)) {
            bound = new TreeMap<>();
        }
        for (int i = 0; i < where.size(); i++) {
            bound.put(":" + where.get(i), args.get(i));
        }
        return bound;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC17QueryBuilder.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC17QueryBuilder.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC17QueryBuilder q = new BC17QueryBuilder("users").alias("user_name", "name").where("id", 7).where("active", true);
        System.out.println(q.toSql() + " | " + q.bindings("named") + " | " + q.bindings("positional"));
        System.out.println("resolve=" + q.resolveColumn("name") + " prefixed=" + q.namedBindings("postgres")
                + " oracle=" + q.namedBindings("oracle"));
        BC17QueryBuilder raw = raw("SELECT 1");
        System.out.println(raw.toSql() + " aliases=" + raw.aliasCount() + " named=" + raw.namedBindings("h2"));
        BC17QueryBuilder empty = new BC17QueryBuilder("t");
        System.out.println(empty.toSql() + " mysqlEmpty=" + empty.namedBindings("mysql"));

        expectNpe("resolve alias on raw query", 72, () -> raw.resolveColumn("x"));
        expectNpe("named bindings for unsupported dialect", 110, () -> q.namedBindings("mysql"));
    }
}
