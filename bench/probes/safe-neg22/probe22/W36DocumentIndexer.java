package probe22;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inverted index. {@code index()} makes sure the postings map exists at the top, then runs several
 * private helpers (normalisation, tokenising, stop-word removal, statistics) before it finally
 * writes the postings. None of the helpers touches the postings field.
 */
public class W36DocumentIndexer {

    /** Not thread-safe; one indexer per indexing thread. */
    public static final class Indexer {
        private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "to");

        private Map<String, Set<Integer>> postings; // null when the index is empty
        private final Map<Integer, Integer> lengthByDoc = new HashMap<>();
        private int nextDocId = 1;

        public int index(String text) {
            if (postings == null) {
                postings = new HashMap<>();
            }
            int docId = nextDocId++;
            String normalized = normalize(text);
            List<String> tokens = tokenize(normalized);
            tokens = removeStopWords(tokens);
            recordLength(docId, tokens);
            for (String token : tokens) {
                postings.computeIfAbsent(token, t -> new TreeSet<>()).add(docId);
            }
            return docId;
        }

        public Set<Integer> search(String term) {
            if (postings == null) {
                return Set.of();
            }
            String key = normalize(term).trim();
            Set<Integer> docs = postings.get(key);
            return docs == null ? Set.of() : Set.copyOf(docs);
        }

        public int termCount() {
            return postings == null ? 0 : postings.size();
        }

        public void clear() {
            postings = null;
            lengthByDoc.clear();
        }

        private static String normalize(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ");
        }

        private static List<String> tokenize(String text) {
            List<String> out = new ArrayList<>();
            for (String t : text.split(" +")) {
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }

        private static List<String> removeStopWords(List<String> tokens) {
            List<String> kept = new ArrayList<>(tokens.size());
            for (String t : tokens) {
                if (!STOP_WORDS.contains(t)) {
                    kept.add(t);
                }
            }
            return kept;
        }

        private void recordLength(int docId, List<String> tokens) {
            lengthByDoc.put(docId, tokens.size());
        }

        public int length(int docId) {
            return lengthByDoc.getOrDefault(docId, 0);
        }
    }

    public static void main(String[] args) {
        Indexer idx = new Indexer();
        System.out.println(idx.search("fox") + " terms=" + idx.termCount());
        int d1 = idx.index("The quick brown Fox!");
        int d2 = idx.index("A fox and a hound, to the end.");
        idx.index("");
        System.out.println("fox=" + idx.search("FOX") + " hound=" + idx.search("hound") + " the=" + idx.search("the")
                + " terms=" + idx.termCount() + " len=" + idx.length(d1) + "/" + idx.length(d2));
        idx.clear();
        System.out.println(idx.search("fox") + " terms=" + idx.termCount() + " len=" + idx.length(d1));
        idx.index("fox again");
        System.out.println(idx.search("fox"));
    }
}
