package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Maps CSV rows to typed values, in the spirit of a data-binding CSV library. */
public class BD07CsvMapper {

    private final char separator;
    private final Map<Class<?>, Function<String, Object>> converters;
    private Map<String, Integer> headerIndex;

    private BD07CsvMapper(char separator, Map<Class<?>, Function<String, Object>> converters) {
        this.separator = separator;
        this.converters = converters;
    }

    static final class Builder {
        private char separator = ',';
        private Map<Class<?>, Function<String, Object>> custom;

        Builder separator(char c) {
            this.separator = c;
            return this;
        }

        Builder converter(Class<?> type, Function<String, Object> fn) {
            if (custom == null) {
                custom = new HashMap<>();
            }
            custom.put(type, fn);
            return this;
        }

        BD07CsvMapper build() {
            return new BD07CsvMapper(separator, custom);
        }
    }

    void registerDefaults() {
        converters.putIfAbsent(String.class, s -> s);
        converters.putIfAbsent(Integer.class, Integer::valueOf);
        converters.putIfAbsent(Boolean.class, Boolean::valueOf);
    }

    private String[] split(String line) {
        return line.split(Pattern.quote(String.valueOf(separator)), -1);
    }

    void readHeader(String line) {
        if (line.isBlank()) {
            return;
        }
        headerIndex = new LinkedHashMap<>();
        String[] cols = split(line);
        for (int i = 0; i < cols.length; i++) {
            headerIndex.put(cols[i].trim(), i);
        }
    }

    boolean hasColumn(String name) {
        return headerIndex.containsKey(name);
    }

    Object field(String row, String column, Class<?> type) {
        Map<String, Integer> idx = headerIndex;
        if (idx == null) {
            return null;
        }
        Integer pos = idx.get(column);
        if (pos == null) {
            return null;
        }
        String raw = split(row)[pos].trim();
        Function<String, Object> conv = converters == null ? null : converters.get(type);
        return conv == null ? raw : conv.apply(raw);
    }

    List<Map<String, Object>> mapAll(List<String> rows, Map<String, Class<?>> schema) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String row : rows) {
            Map<String, Object> rec = new LinkedHashMap<>();
            schema.forEach((col, type) -> rec.put(col, field(row, col, type)));
            out.add(rec);
        }
        return out;
    }

    public static void main(String[] args) {
        BD07CsvMapper typed = new Builder().separator(';').converter(Double.class, Double::valueOf).build();
        typed.registerDefaults();
        typed.readHeader("id;name;active;score");
        Map<String, Class<?>> schema = new LinkedHashMap<>();
        schema.put("id", Integer.class);
        schema.put("name", String.class);
        schema.put("active", Boolean.class);
        schema.put("score", Double.class);
        System.out.println("has name: " + typed.hasColumn("name"));
        System.out.println(typed.mapAll(List.of("1;Ada;true;9.5", "2;Linus;false;7.25"), schema));
        BD07CsvMapper plain = new Builder().build();
        plain.readHeader("id,name");
        System.out.println("plain: " + plain.field("3,Grace", "name", String.class));
        BD07CsvMapper blank = new Builder().separator('|').build();
        blank.readHeader("   ");
        System.out.println("blank header field: " + blank.field("1|x", "id", Integer.class));

        try {
            System.out.println("blank has id: " + blank.hasColumn("id"));
            noNpe("hasColumn after a blank header");
        } catch (NullPointerException e) {
            expect(e, 67);
        }
        try {
            plain.registerDefaults();
            noNpe("registerDefaults on a mapper built without converters");
        } catch (NullPointerException e) {
            expect(e, 46);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD07CsvMapper.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
