package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class O14DocumentIndex {

    private final Map<Integer, String[]> docs = new LinkedHashMap<>();
    private Map<String, Set<Integer>> postings;
    private Map<Integer, String> titles;
    private Map<String, String> synonyms;
    private Map<String, Set<Integer>> tags;

    public void open() {
        postings = new HashMap<>();
        titles = new TreeMap<>();
    }

    public void add(int id, String title, String body) {
        if (postings == null) {
            throw new IllegalStateException("index not open");
        }
        docs.put(id, new String[] {title, body});
        titles.put(id, title);
        for (String token : body.split("\\W+")) {
            postings.computeIfAbsent(normalize(token), t -> new TreeSet<>()).add(id);
        }
    }

    private String normalize(String word) {
        String w = word.toLowerCase();
        return synonyms == null ? w : synonyms.getOrDefault(w, w);
    }

    public void addSynonym(String word, String canonical) {
        if (synonyms == null) {
            synonyms = new HashMap<>();
        }
        synonyms.put(word.toLowerCase(), canonical.toLowerCase());
    }

    public void tag(int id, String tag) {
        if (tags == null) {
            synonyms = new HashMap<>();
        }
        tags.computeIfAbsent(tag, t -> new TreeSet<>()).add(id);
    }

    public Set<Integer> tagged(String tag) {
        return tags == null ? Set.of() : tags.getOrDefault(tag, Set.of());
    }

    public List<String> search(String word) {
        if (titles == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int id : postings.getOrDefault(normalize(word), Set.of())) {
            out.add(titles.get(id));
        }
        return out;
    }

    public void clear() {
        postings = null;
        titles = null;
    }

    public void rebuild() {
        titles = new TreeMap<>();
        Map<String, Set<Integer>> postings = new HashMap<>();
        for (Map.Entry<Integer, String[]> e : docs.entrySet()) {
            titles.put(e.getKey(), e.getValue()[0]);
            for (String token : e.getValue()[1].split("\\W+")) {
                postings.computeIfAbsent(normalize(token), t -> new TreeSet<>()).add(e.getKey());
            }
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O14DocumentIndex.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O14DocumentIndex.java:" + line + " OK");
        } else {
            System.out.println("MISS O14DocumentIndex.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O14DocumentIndex idx = new O14DocumentIndex();
        if (!idx.search("java").isEmpty() || !idx.tagged("draft").isEmpty()) {
            throw new IllegalStateException("closed index");
        }
        idx.open();
        idx.addSynonym("JVM", "java");
        idx.add(1, "Intro", "Java runs on the JVM");
        idx.add(2, "Maps", "HashMap and TreeMap in Java");
        idx.add(3, "Rust", "Ownership and borrowing");
        if (!idx.search("jvm").equals(List.of("Intro", "Maps")) || !idx.search("borrowing").equals(List.of("Rust"))) {
            throw new IllegalStateException("search " + idx.search("jvm"));
        }
        idx.clear();
        if (!idx.search("java").isEmpty()) {
            throw new IllegalStateException("cleared");
        }

        expectNpe(64, () -> {
            O14DocumentIndex i = new O14DocumentIndex();
            i.open();
            i.add(1, "Intro", "Java basics");
            i.clear();
            i.rebuild();
            i.search("java");
        });
        expectNpe(52, () -> {
            O14DocumentIndex i = new O14DocumentIndex();
            i.open();
            i.add(7, "Draft", "work in progress");
            i.tag(7, "draft");
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
