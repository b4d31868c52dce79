package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;

/**
 * Inverted-index builder: a main segment, an overflow segment opened once the
 * document count passes a limit, and per-document term frequencies collected
 * while a document is being analysed.
 */
public final class BF11Indexer {

    static final int SEGMENT_LIMIT = 3;

    private final Map<String, Set<Integer>> postings = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> termFreqs = new TreeMap<>();
    private Map<String, Set<Integer>> overflow;
    private Map<String, Integer> currentFreqs;
    private int docCount;

    private static String[] tokenize(String text) {
        return text.toLowerCase().split("\\W+");
    }

    void add(int docId, String text) {
        docCount++;
        if (docCount == SEGMENT_LIMIT + 1) {
            overflow = new HashMap<>();
        }
        for (String term : tokenize(text)) {
            if (docCount > SEGMENT_LIMIT) {
                overflow.computeIfAbsent(term, k -> new TreeSet<>()).add(docId);
            } else {
                postings.computeIfAbsent(term, k -> new TreeSet<>()).add(docId);
            }
        }
    }

    /** Bulk load into the main segment, used when rebuilding from a snapshot. */
    void addAll(Map<Integer, String> documents) {
        documents.forEach((id, text) -> {
            for (String term : tokenize(text)) {
                postings.computeIfAbsent(term, k -> new TreeSet<>()).add(id);
            }
        });
        docCount += documents.size();
    }

    Set<Integer> search(String term) {
        Set<Integer> hits = new TreeSet<>(postings.getOrDefault(term, Set.of()));
        Map<String, Set<Integer>> extra = overflow;
        if (extra != null) {
            hits.addAll(extra.getOrDefault(term, Set.of()));
        }
        return hits;
    }

    /** Counts term frequencies; the synonym hook may inject extra terms while it runs. */
    void analyse(int docId, String text, UnaryOperator<String> synonyms) {
        Map<String, Integer> freqs = new HashMap<>();
        currentFreqs = freqs;
        try {
            for (String term : tokenize(text)) {
                countTerm(term);
                String synonym = synonyms.apply(term);
                if (synonym != null) {
                    injectTerm(synonym);
                }
            }
            termFreqs.put(docId, Map.copyOf(freqs));
        } finally {
            currentFreqs = null;
        }
    }

    /** Lets analyser plug-ins add a term (stem, synonym) to the current document. */
    void injectTerm(String term) {
        countTerm(term);
    }

    private void countTerm(String term) {
        currentFreqs.merge(term, 1, Integer::sum);
    }

    int frequency(int docId, String term) {
        Map<String, Integer> freqs = termFreqs.get(docId);
        return freqs == null ? 0 : freqs.getOrDefault(term, 0);
    }

    int overflowTerms() {
        return overflow == null ? 0 : overflow.size();
    }

    public static void main(String[] args) {
        BF11Indexer index = new BF11Indexer();
        index.add(1, "the quick brown fox");
        index.add(2, "lazy dog");
        index.add(3, "quick dog");
        index.add(4, "brown bear");
        index.add(5, "quick bear");
        System.out.println("quick=" + index.search("quick") + " bear=" + index.search("bear")
                + " overflowTerms=" + index.overflowTerms());
        index.analyse(1, "fast car fast road", t -> t.equals("car") ? "automobile" : null);
        System.out.println("fast=" + index.frequency(1, "fast") + " automobile=" + index.frequency(1, "automobile")
                + " missing=" + index.frequency(9, "x"));
        BF11Indexer rebuilt = new BF11Indexer();
        rebuilt.addAll(Map.of(1, "alpha", 2, "beta"));
        rebuilt.add(3, "gamma");
        rebuilt.add(4, "alpha beta");
        System.out.println("rebuilt alpha=" + rebuilt.search("alpha") + " overflowTerms=" + rebuilt.overflowTerms());

        int proved = 0;
        proved += expect(37, () -> {
            BF11Indexer bulk = new BF11Indexer();
            bulk.addAll(Map.of(1, "a", 2, "b", 3, "c", 4, "d"));
            bulk.add(5, "e");
        });
        proved += expect(87, () -> index.injectTerm("late"));
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF11Indexer.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
