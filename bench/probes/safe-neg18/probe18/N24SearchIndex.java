package probe18;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Inverted index for a documentation site search box; must be built before it can be queried. */
public final class N24SearchIndex {
    private Map<String, Set<Integer>> postings;
    private int documents;

    private static void ensure(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private void checkReady() {
        if (postings == null) {
            throw new IllegalStateException("index not built");
        }
    }

    public void build(List<String> docs) {
        Map<String, Set<Integer>> index = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            for (String token : docs.get(id).toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!token.isEmpty()) {
                    index.computeIfAbsent(token, t -> new TreeSet<>()).add(id);
                }
            }
        }
        postings = index;
        documents = docs.size();
    }

    public boolean isReady() {
        return postings != null;
    }

    public Set<Integer> search(String term) {
        checkReady();
        Set<Integer> hits = postings.get(term.toLowerCase(Locale.ROOT));
        return hits == null ? Set.of() : Set.copyOf(hits);
    }

    public int vocabularySize() {
        ensure(postings != null, "index not built");
        return postings.size();
    }

    public double documentFrequency(String term) {
        ensure(isReady() && documents > 0, "index not built or empty");
        Set<Integer> hits = postings.get(term.toLowerCase(Locale.ROOT));
        return hits == null ? 0.0 : hits.size() / (double) documents;
    }

    public void dispose() {
        postings = null;
        documents = 0;
    }

    public static void main(String[] args) {
        N24SearchIndex idx = new N24SearchIndex();
        System.out.println("ready=" + idx.isReady());
        idx.dispose();
        idx.build(List.of("Getting started with the CLI", "Configuring the server", "CLI reference"));
        System.out.println(idx.search("cli") + " " + idx.search("missing") + " vocab=" + idx.vocabularySize()
                + " df(the)=" + idx.documentFrequency("THE"));
        idx.dispose();
        System.out.println(idx.isReady() ? idx.search("cli").toString() : "not ready after dispose");
        idx.build(List.of());
        System.out.println("empty ready=" + idx.isReady() + " " + idx.search("x") + " vocab=" + idx.vocabularySize());
    }
}
