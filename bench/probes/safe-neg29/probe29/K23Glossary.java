package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Immutable-ish glossary of terms, created only through its factories. */
public final class K23Glossary {

    private NavigableMap<String, String> terms;
    private String title;

    private K23Glossary() {
    }

    public static K23Glossary empty(String title) {
        K23Glossary g = new K23Glossary();
        g.terms = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        g.title = title;
        return g;
    }

    public static K23Glossary parse(String title, String text) {
        K23Glossary g = empty(title);
        for (String line : text.split("\n")) {
            int sep = line.indexOf(" - ");
            if (sep < 0) {
                throw new IllegalArgumentException("expected 'term - definition': " + line);
            }
            g.terms.put(line.substring(0, sep).trim(), line.substring(sep + 3).trim());
        }
        return g;
    }

    public K23Glossary merge(K23Glossary other) {
        K23Glossary g = new K23Glossary();
        g.terms = new TreeMap<>(terms);
        g.terms.putAll(other.terms);
        g.title = title + "+" + other.title;
        return g;
    }

    public String define(String term) {
        String d = terms.get(term);
        return d != null ? d : "(no entry for " + term.toLowerCase(Locale.ROOT) + ")";
    }

    public List<String> startingWith(String prefix) {
        List<String> out = new ArrayList<>();
        for (String t : terms.tailMap(prefix, true).keySet()) {
            if (!t.regionMatches(true, 0, prefix, 0, prefix.length())) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    public int size() {
        return terms.size();
    }

    @Override
    public String toString() {
        return title + terms.keySet();
    }

    public static void main(String[] args) {
        K23Glossary none = K23Glossary.empty("none");
        System.out.println(none + " size=" + none.size() + " " + none.define("API") + " " + none.startingWith("a"));
        K23Glossary web = K23Glossary.parse("web", "HTTP - hypertext transfer protocol\nHTML - markup language\n"
                + "API - application programming interface");
        System.out.println(web + " " + web.define("http") + " | " + web.define("css"));
        System.out.println("H*=" + web.startingWith("h") + " X*=" + web.startingWith("x"));
        try {
            K23Glossary.parse("bad", "no separator here");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        K23Glossary db = K23Glossary.parse("db", "SQL - structured query language\nAPI - database access layer");
        K23Glossary both = web.merge(db).merge(none);
        System.out.println(both + " size=" + both.size() + " api=" + both.define("api"));
    }
}
