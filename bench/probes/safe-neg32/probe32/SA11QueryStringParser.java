package probe32;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query-string decoder like the ones in Spring's UriComponents or Netty's QueryStringDecoder.
 * Accessors throw IllegalStateException inline when parse() has not been called (or after
 * reset()), and only then touch the parameter map.
 */
public class SA11QueryStringParser {

    private Map<String, List<String>> params; // null until parse(), null after reset()

    public SA11QueryStringParser parse(String query) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String part : q.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        params = result;
        return this;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public String first(String name) {
        if (params == null) {
            throw new IllegalStateException("parse() has not been called");
        }
        List<String> values = params.get(name);
        return values == null ? null : values.get(0);
    }

    public List<String> all(String name) {
        if (params == null) {
            throw new IllegalStateException("parse() has not been called");
        }
        return params.getOrDefault(name, List.of());
    }

    public int size() {
        if (params == null) {
            throw new IllegalStateException("parse() has not been called");
        }
        return params.size();
    }

    public void reset() {
        params = null;
    }

    public static void main(String[] args) {
        SA11QueryStringParser parser = new SA11QueryStringParser();
        try {
            parser.first("q");
        } catch (IllegalStateException expected) {
            System.out.println("first: " + expected.getMessage());
        }
        try {
            parser.size();
        } catch (IllegalStateException expected) {
            System.out.println("size: " + expected.getMessage());
        }
        parser.parse("?q=hello+world&tag=a&tag=b&&flag&name=%E2%9C%93");
        System.out.println("q=" + parser.first("q") + " tags=" + parser.all("tag") + " flag='" + parser.first("flag")
                + "' name=" + parser.first("name") + " missing=" + parser.first("x") + " size=" + parser.size());
        parser.reset();
        parser.reset();
        try {
            parser.all("tag");
        } catch (IllegalStateException expected) {
            System.out.println("all after reset: " + expected.getMessage());
        }
        System.out.println("reparsed size=" + parser.parse("a=1").size() + " a=" + parser.first("a"));
    }
}
