package probe39;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Accumulating parser for URL query strings, used by a small HTTP router. The parameter table
 * is only allocated once a parameter has actually been seen and is dropped by {@link #clear()}.
 * Every use substitutes an empty map with {@code Objects.requireNonNullElse}.
 *
 * <p>This class is single-threaded: one parser belongs to one request.
 */
public final class SI05QueryParamParser {
    private static final Map<String, List<String>> NONE = Collections.emptyMap();

    private Map<String, List<String>> params; // null until a parameter is parsed, null after clear()

    public int parse(String query) {
        if (query == null) {
            throw new IllegalArgumentException("query is null");
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        Map<String, List<String>> target = Objects.requireNonNullElse(params, new LinkedHashMap<>());
        int added = 0;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            target.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            added++;
        }
        if (added > 0) {
            params = target;
        }
        return added;
    }

    public Optional<String> first(String name) {
        requireName(name);
        List<String> values = Objects.requireNonNullElse(params, NONE).get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> all(String name) {
        requireName(name);
        return List.copyOf(Objects.requireNonNullElse(params, NONE).getOrDefault(name, List.of()));
    }

    public Set<String> names() {
        return new LinkedHashSet<>(Objects.requireNonNullElse(params, NONE).keySet());
    }

    public int count() {
        int n = 0;
        for (List<String> values : Objects.requireNonNullElse(params, NONE).values()) {
            n += values.size();
        }
        return n;
    }

    public String toQueryString() {
        StringJoiner joiner = new StringJoiner("&");
        Objects.requireNonNullElse(params, NONE).forEach((name, values) -> {
            for (String v : values) {
                joiner.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return joiner.toString();
    }

    public void clear() {
        params = null;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static void requireName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name is null");
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
        SI05QueryParamParser parser = new SI05QueryParamParser();
        check(parser.first("q").isEmpty() && parser.all("q").isEmpty(), "empty before parse");
        check(parser.names().isEmpty() && parser.count() == 0, "no names");
        check(parser.toQueryString().isEmpty(), "empty query string");
        check(parser.parse("?&&") == 0 && parser.names().isEmpty(), "no params in ?&&");
        expect(IllegalArgumentException.class, () -> parser.parse(null));
        expect(IllegalArgumentException.class, () -> parser.first(null));
        expect(IllegalArgumentException.class, () -> parser.all(null));
        expect(IllegalArgumentException.class, () -> parser.parse("a=%zz"));

        check(parser.parse("?q=hello+world&tag=a&tag=b&flag") == 4, "four params");
        check(parser.first("q").orElse("").equals("hello world"), "decoded q");
        check(parser.all("tag").equals(List.of("a", "b")), "tags");
        check(parser.first("flag").orElse("x").isEmpty(), "flag without value");
        check(parser.parse("tag=c") == 1 && parser.count() == 5, "accumulates");
        check(parser.toQueryString().equals("q=hello+world&tag=a&tag=b&tag=c&flag="), parser.toQueryString());

        parser.clear();
        parser.clear();
        check(parser.names().isEmpty() && parser.first("tag").isEmpty(), "cleared");
        check(parser.toQueryString().isEmpty() && parser.count() == 0, "cleared count");

        check(parser.parse("x=%C3%A9") == 1, "reparse");
        check(parser.first("x").orElse("").equals("\u00e9"), "utf-8 decode");
        check(parser.names().equals(Set.of("x")), "names after reparse");
        System.out.println("OK SI05QueryParamParser");
    }
}
