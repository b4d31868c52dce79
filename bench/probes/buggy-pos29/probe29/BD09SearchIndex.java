package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An inverted index with optional per-shard term statistics. */
public class BD09SearchIndex {

    private final Map<String, Map<Integer, Integer>> postings;
    private final Map<String, Map<String, Integer>> shardStats = new HashMap<>();
    private Map<Integer, String> docs;
    private Map<String, Integer> activeShard;

    public BD09SearchIndex() {
        this.postings = new HashMap<>();
        this.docs = new HashMap<>();
    }

    /** Pre-sizes the internal tables for a known corpus size. */
    public BD09SearchIndex(int expectedDocs) {
        this.postings = new HashMap<>(expectedDocs * 4);
        Map<Integer, String> docs = new HashMap<>(expectedDocs);
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!raw.isEmpty()) {
                out.add(raw);
            }
        }
        return out;
    }

    void add(int id, String text) {
        docs.put(id, text);
        for (String term : tokenize(text)) {
            Map<Integer, Integer> list = postings.computeIfAbsent(term, t -> new TreeMap<>());
            list.merge(id, 1, Integer::sum);
            if (activeShard != null) {
                activeShard.merge(term, 1, Integer::sum);
            }
        }
    }

    void createShard(String name) {
        shardStats.put(name, new HashMap<>());
    }

    void switchShard(String name) {
        activeShard = shardStats.get(name);
    }

    void countQueryTerm(String term) {
        activeShard.merge("q:" + term, 1, Integer::sum);
    }

    List<Integer> search(String query) {
        List<Integer> hits = new ArrayList<>();
        for (String term : tokenize(query)) {
            Map<Integer, Integer> list = postings.get(term);
            if (list == null) {
                continue;
            }
            for (Integer id : list.keySet()) {
                if (!hits.contains(id)) {
                    hits.add(id);
                }
            }
        }
        return hits;
    }

    int docCount() {
        return docs == null ? 0 : docs.size();
    }

    String title(int id) {
        Map<Integer, String> snapshot = docs;
        return snapshot == null ? null : snapshot.get(id);
    }

    int shardTermCount() {
        Map<String, Integer> snapshot = activeShard;
        return snapshot == null ? 0 : snapshot.size();
    }

    public static void main(String[] args) {
        BD09SearchIndex index = new BD09SearchIndex();
        System.out.println("no shard yet: " + index.shardTermCount());
        index.createShard("eu");
        index.switchShard("eu");
        index.add(1, "Null pointers considered harmful");
        index.add(2, "Pointers and references");
        index.countQueryTerm("pointers");
        System.out.println("hits " + index.search("pointers") + " docs " + index.docCount());
        System.out.println("shard terms " + index.shardTermCount() + " title " + index.title(2));
        BD09SearchIndex sized = new BD09SearchIndex(64);
        System.out.println("sized docs " + sized.docCount() + " title " + sized.title(1) + " hits " + sized.search("x"));

        try {
            index.switchShard("us");
            index.countQueryTerm("references");
            noNpe("counting a query term on an unknown shard");
        } catch (NullPointerException e) {
            expect(e, 59);
        }
        try {
            sized.add(1, "hello world");
            noNpe("adding to a pre-sized index");
        } catch (NullPointerException e) {
            expect(e, 40);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD09SearchIndex.java";
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
