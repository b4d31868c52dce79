package probe29;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Parses HTTP-style header blocks; can be configured to keep headers sorted. */
public class K20HeaderParser {

    private Map<String, String> headers;
    private final boolean sorted;

    public K20HeaderParser(boolean sorted) {
        this.sorted = sorted;
    }

    public int parse(String block) {
        Map<String, String> target = sorted ? new TreeMap<>() : new LinkedHashMap<>();
        int bad = 0;
        for (String line : block.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                bad++;
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            target.merge(name, line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        headers = target;
        return bad;
    }

    public String header(String name) {
        if (headers instanceof TreeMap<String, String> tree) {
            return tree.get(name.toLowerCase(Locale.ROOT));
        }
        if (headers instanceof LinkedHashMap<String, String> linked) {
            return linked.get(name.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    public String first() {
        if (headers instanceof SortedMap<String, String> sm && !sm.isEmpty()) {
            return sm.firstKey();
        }
        if (headers instanceof LinkedHashMap<String, String> lm && !lm.isEmpty()) {
            return lm.keySet().iterator().next();
        }
        return null;
    }

    public long contentLength() {
        Object raw = header("content-length");
        if (raw instanceof String s && !s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(s);
        }
        return -1L;
    }

    public void reset() {
        headers = null;
    }

    public String summary() {
        Object h = headers;
        return h instanceof Map<?, ?> m ? m.size() + " headers " + m.keySet() : "no headers";
    }

    public static void main(String[] args) {
        for (boolean sorted : new boolean[] {false, true}) {
            K20HeaderParser p = new K20HeaderParser(sorted);
            System.out.println(p.summary() + " host=" + p.header("Host") + " first=" + p.first()
                    + " len=" + p.contentLength());
            int bad = p.parse("Host: example.org\nContent-Length: 42\nAccept: text/html\nAccept: */*\ngarbage\n");
            System.out.println("bad=" + bad + " " + p.summary());
            System.out.println("host=" + p.header("HOST") + " accept=" + p.header("accept") + " first=" + p.first()
                    + " len=" + p.contentLength() + " missing=" + p.header("x-none"));
            p.parse("");
            System.out.println("empty block: " + p.summary() + " first=" + p.first());
            p.parse("Content-Length: abc");
            System.out.println("len=" + p.contentLength());
            p.reset();
            System.out.println(p.summary() + " first=" + p.first() + " len=" + p.contentLength());
        }
    }
}
