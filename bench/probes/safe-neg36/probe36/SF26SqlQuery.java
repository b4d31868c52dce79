package probe36;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable named-parameter SQL query of a small data-access library. Instances are created only by
 * Builder.build(), which assigns the parameter map right after calling the private constructor, before the
 * object escapes; the map is therefore never observed as null.
 */
public final class SF26SqlQuery {
    private static final Pattern PLACEHOLDER = Pattern.compile(":([A-Za-z_]\\w*)");

    private final String sql;
    private LinkedHashMap<String, Object> params; // assigned by Builder.build() immediately after construction

    private SF26SqlQuery(String sql) {
        this.sql = sql;
    }

    public static Builder builder(String sql) {
        return new Builder(sql);
    }

    public static final class Builder {
        private final String sql;
        private final Set<String> placeholders = new LinkedHashSet<>();
        private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

        private Builder(String sql) {
            if (sql.isBlank()) {
                throw new IllegalArgumentException("empty SQL");
            }
            this.sql = sql;
            Matcher m = PLACEHOLDER.matcher(sql);
            while (m.find()) {
                placeholders.add(m.group(1));
            }
        }

        public Builder bind(String name, Object value) {
            if (!placeholders.contains(name)) {
                throw new IllegalArgumentException("no parameter :" + name + " in " + sql);
            }
            values.put(name, value);
            return this;
        }

        public SF26SqlQuery build() {
            for (String name : placeholders) {
                if (!values.containsKey(name)) {
                    throw new IllegalStateException("parameter :" + name + " is not bound");
                }
            }
            SF26SqlQuery query = new SF26SqlQuery(sql);
            query.params = new LinkedHashMap<>(values);
            return query;
        }
    }

    public Object param(String name) {
        if (!params.containsKey(name)) {
            throw new NoSuchElementException("no parameter " + name);
        }
        return params.get(name);
    }

    public int parameterCount() {
        return params.size();
    }

    /** Inlines literals, for logging only. */
    public String render() {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            String literal = value == null ? "NULL"
                    : value instanceof Number ? value.toString()
                    : "'" + value.toString().replace("'", "''") + "'";
            m.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        return m.appendTail(out).toString();
    }

    public Builder toBuilder() {
        Builder builder = new Builder(sql);
        builder.values.putAll(params);
        return builder;
    }

    public static void main(String[] args) {
        String sql = "SELECT * FROM users WHERE name = :name AND age > :age AND team = :team";
        // Phase 1: before any query object exists, only the builder is usable.
        expect(IllegalArgumentException.class, () -> builder(" "));
        expect(IllegalArgumentException.class, () -> builder(sql).bind("nope", 1));
        expect(IllegalStateException.class, () -> builder(sql).bind("name", "x").build());
        // Phase 2: built query.
        SF26SqlQuery query = builder(sql).bind("name", "O'Brien").bind("age", 30).bind("team", null).build();
        check(query.parameterCount() == 3 && query.param("age").equals(30) && query.param("team") == null, "params");
        check(query.render().equals("SELECT * FROM users WHERE name = 'O''Brien' AND age > 30 AND team = NULL"), "render");
        expect(NoSuchElementException.class, () -> query.param("email"));
        // Phase 4: derived queries get their own map through the same builder path.
        for (int round = 0; round < 2; round++) {
            SF26SqlQuery older = query.toBuilder().bind("age", 60 + round).build();
            check(older.param("age").equals(60 + round) && query.param("age").equals(30), "copies are independent");
            expect(IllegalArgumentException.class, () -> older.toBuilder().bind("email", "x"));
        }
        SF26SqlQuery plain = builder("SELECT 1").build();
        check(plain.parameterCount() == 0 && plain.render().equals("SELECT 1"), "no parameters");
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
