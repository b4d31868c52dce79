package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/** Inverted index rebuilt in generations; generation 0 means no index is loaded. */
public final class T04SearchIndex {
    private final List<String> documents = new ArrayList<>();
    private HashMap<String, List<Integer>> postings; // word -> ids of documents in the current generation
    private long generation;

    public int addDocument(String text) {
        documents.add(text);
        return documents.size() - 1;
    }

    public long rebuild() {
        HashMap<String, List<Integer>> next = new HashMap<>();
        for (int id = 0; id < documents.size(); id++) {
            for (String word : documents.get(id).toLowerCase(Locale.ROOT).split("\\W+")) {
                if (word.isEmpty()) continue;
                List<Integer> ids = next.computeIfAbsent(word, w -> new ArrayList<>());
                if (ids.isEmpty() || ids.get(ids.size() - 1) != id) ids.add(id);
            }
        }
        postings = next;
        return ++generation;
    }

    public long generation() {
        return generation;
    }

    public List<Integer> search(String word) {
        if (generation == 0) return List.of();
        return List.copyOf(postings.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()));
    }

    public int termCount() {
        return generation == 0 ? 0 : postings.size();
    }

    /** Frees the index; documents are kept and the next rebuild starts again at generation 1. */
    public void unload() {
        postings = null;
        generation = 0;
    }

    public static void main(String[] args) {
        T04SearchIndex index = new T04SearchIndex();
        assert index.generation() == 0;
        assert index.search("fox").isEmpty();
        assert index.termCount() == 0;
        index.unload();

        index.addDocument("The quick brown fox");
        index.addDocument("A lazy fox, a lazy dog");
        assert index.search("fox").isEmpty(); // nothing indexed yet
        assert index.rebuild() == 1;
        assert index.search("FOX").equals(List.of(0, 1));
        assert index.search("lazy").equals(List.of(1));
        assert index.search("cat").isEmpty();
        int terms = index.termCount();
        assert terms == 7 : terms;

        index.addDocument("cat and dog");
        assert index.search("cat").isEmpty(); // visible only after the next rebuild
        assert index.rebuild() == 2;
        assert index.search("dog").equals(List.of(1, 2));

        index.unload();
        assert index.generation() == 0 && index.termCount() == 0;
        assert index.search("dog").isEmpty();
        assert index.rebuild() == 1 && index.search("cat").equals(List.of(2));
        System.out.println("T04 ok");
    }
}
