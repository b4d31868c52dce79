package probe21;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Parsed request URI. The parameter map is only ever assigned the result of parse(), which
 * returns Collections.emptyMap() for a missing or empty query and a filled map otherwise;
 * it never returns null, so the field is usable right after the constructor.
 */
public final class U31QueryString {

    private final String path;
    private Map<String, List<String>> params;

    public U31QueryString(String uri) {
        String u = uri == null ? "" : uri;
        int q = u.indexOf('?');
        this.path = q < 0 ? u : u.substring(0, q);
        this.params = parse(q < 0 ? null : u.substring(q + 1));
    }

    static Map<String, List<String>> parse(String query) {
        if (query == null || query.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public void replaceQuery(String query) {
        params = parse(query);
    }

    public String first(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String name) {
        return List.copyOf(params.getOrDefault(name, List.of()));
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    public String toUri() {
        if (params.isEmpty()) {
            return path;
        }
        StringJoiner query = new StringJoiner("&", path + "?", "");
        params.forEach((k, values) -> values.forEach(v -> query.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return query.toString();
    }

    public static void main(String[] args) {
        U31QueryString plain = new U31QueryString("/search");
        System.out.println(plain.first("q") + " " + plain.all("q") + " " + plain.has("q") + " " + plain.toUri());
        U31QueryString q = new U31QueryString("/search?q=java+maps&tag=a&tag=b&flag&&x=%26");
        System.out.println(q.first("q") + " " + q.all("tag") + " " + q.has("flag") + " " + q.first("x"));
        System.out.println(q.toUri());
        q.replaceQuery("");
        System.out.println(q.toUri() + " " + q.first("q"));
        q.replaceQuery("page=2");
        System.out.println(q.toUri() + " " + new U31QueryString(null).toUri().isEmpty());
    }
}
