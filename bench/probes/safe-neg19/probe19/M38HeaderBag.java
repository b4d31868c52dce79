package probe19;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Case-insensitive multi-valued HTTP header collection for a request or response. */
public class M38HeaderBag {
    private Map<String, List<String>> headers;

    private Map<String, List<String>> view() {
        return headers != null ? headers : Collections.emptyMap();
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public M38HeaderBag add(String name, String value) {
        if (headers == null) {
            headers = new TreeMap<>();
        }
        headers.computeIfAbsent(normalize(name), n -> new ArrayList<>()).add(value);
        return this;
    }

    public M38HeaderBag set(String name, String value) {
        remove(name);
        return add(name, value);
    }

    public boolean remove(String name) {
        boolean removed = view().containsKey(normalize(name)) && headers.remove(normalize(name)) != null;
        if (headers != null && headers.isEmpty()) {
            headers = null;
        }
        return removed;
    }

    public String first(String name) {
        List<String> values = view().get(normalize(name));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String name) {
        return List.copyOf(view().getOrDefault(normalize(name), List.of()));
    }

    public int contentLength() {
        String raw = first("Content-Length");
        return raw == null ? -1 : Integer.parseInt(raw.trim());
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : view().entrySet()) {
            sb.append(e.getKey()).append(": ").append(String.join(", ", e.getValue())).append("\r\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        M38HeaderBag bag = new M38HeaderBag();
        System.out.println(bag.first("Host") + " " + bag.all("Accept") + " " + bag.remove("Host") + " " + bag.contentLength() + " [" + bag.render() + "]");
        bag.add("Host", "example.org").add("Accept", "text/html").add("ACCEPT", "application/json");
        bag.set("Content-Length", " 42 ");
        System.out.print(bag.render());
        System.out.println(bag.all("accept") + " " + bag.contentLength());
        System.out.println(bag.remove("host") + " " + bag.remove("accept") + " " + bag.remove("content-length") + " " + bag.remove("content-length"));
        System.out.println("[" + bag.render() + "] " + bag.set("X-Trace", "abc").first("x-trace"));
    }
}
