package probe39;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report definitions for a reporting service, made with a fluent builder. The column map of a
 * {@link ReportDefinition} has no initialiser and the private constructor leaves it null; the
 * only caller of that constructor, {@link Builder#build()}, assigns the map before it returns the
 * definition, so no other code ever sees a definition without columns.
 *
 * <p>This class is single-threaded: builders and definitions are used by one thread.
 */
public final class SI20ReportBuilder {
    private SI20ReportBuilder() {
    }

    public static Builder report(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must be non-blank");
        }
        return new Builder(title);
    }

    public static final class ReportDefinition {
        private final String title;
        private LinkedHashMap<String, String> columns; // header -> row field; assigned by Builder.build()

        private ReportDefinition(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public List<String> headers() {
            return List.copyOf(columns.keySet());
        }

        public String render(List<Map<String, Object>> rows) {
            if (rows == null) {
                throw new IllegalArgumentException("rows is null");
            }
            StringBuilder out = new StringBuilder(title).append('\n');
            out.append(String.join(" | ", columns.keySet()));
            for (Map<String, Object> row : rows) {
                if (row == null) {
                    throw new IllegalArgumentException("null row");
                }
                List<String> cells = new ArrayList<>();
                for (String field : columns.values()) {
                    cells.add(String.valueOf(row.getOrDefault(field, "")));
                }
                out.append('\n').append(String.join(" | ", cells));
            }
            return out.toString();
        }

        public Builder toBuilder() {
            Builder builder = new Builder(title);
            columns.forEach(builder::column);
            return builder;
        }
    }

    public static final class Builder {
        private final String title;
        private final List<String[]> specs = new ArrayList<>(); // {header, field}

        private Builder(String title) {
            this.title = title;
        }

        public Builder column(String header, String field) {
            if (header == null || header.isEmpty() || field == null || field.isEmpty()) {
                throw new IllegalArgumentException("header and field must be non-empty");
            }
            for (String[] spec : specs) {
                if (spec[0].equals(header)) {
                    throw new IllegalArgumentException("duplicate column " + header);
                }
            }
            specs.add(new String[] {header, field});
            return this;
        }

        public Builder drop(String header) {
            if (header == null) {
                throw new IllegalArgumentException("header is null");
            }
            specs.removeIf(spec -> spec[0].equals(header));
            return this;
        }

        public ReportDefinition build() {
            if (specs.isEmpty()) {
                throw new IllegalStateException("a report needs at least one column");
            }
            LinkedHashMap<String, String> cols = new LinkedHashMap<>();
            for (String[] spec : specs) {
                cols.put(spec[0], spec[1]);
            }
            ReportDefinition definition = new ReportDefinition(title);
            definition.columns = cols;
            return definition;
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> report(" "));
        Builder empty = report("Empty");
        expect(IllegalStateException.class, empty::build);
        expect(IllegalArgumentException.class, () -> empty.column("A", null));
        expect(IllegalArgumentException.class, () -> empty.drop(null));

        ReportDefinition sales = report("Sales").column("Region", "region").column("Total", "total").build();
        expect(IllegalArgumentException.class, () -> report("x").column("A", "a").column("A", "b"));
        check(sales.headers().equals(List.of("Region", "Total")), "headers");
        String text = sales.render(List.of(Map.of("region", "EU", "total", 120), Map.of("region", "US")));
        check(text.equals("Sales\nRegion | Total\nEU | 120\nUS | "), text);
        expect(IllegalArgumentException.class, () -> sales.render(null));
        expect(IllegalArgumentException.class, () -> sales.render(java.util.Arrays.asList(Map.of(), null)));

        ReportDefinition slim = sales.toBuilder().drop("Total").column("Rep", "rep").build();
        check(slim.headers().equals(List.of("Region", "Rep")) && slim.title().equals("Sales"), "derived");
        check(slim.render(List.of()).equals("Sales\nRegion | Rep"), "no rows");
        expect(IllegalStateException.class, () -> slim.toBuilder().drop("Region").drop("Rep").build());
        check(sales.headers().size() == 2, "original unchanged");
        System.out.println("OK SI20ReportBuilder");
    }
}
