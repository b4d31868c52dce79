package probe22;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lucene-flavoured per-field statistics. The term-frequency table of a {@link FieldIndex} is
 * created by the first indexed document and can be dropped to save memory; the outer class's
 * static utility methods take an index and test its private field themselves.
 */
public class W17PostingsStats {

    /** Per-field in-memory postings; single-threaded indexing only. */
    public static final class FieldIndex {
        private final String field;
        private Map<String, Integer> termFreqs; // null until the first document / after dropPostings()
        private int docCount;

        public FieldIndex(String field) {
            this.field = field;
        }

        public void addDocument(String text) {
            for (String token : text.toLowerCase().split("\\W+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (termFreqs == null) {
                    termFreqs = new HashMap<>();
                }
                termFreqs.merge(token, 1, Integer::sum);
            }
            docCount++;
        }

        public void dropPostings() {
            termFreqs = null;
        }

        public String field() {
            return field;
        }
    }

    public static int vocabularySize(FieldIndex idx) {
        return idx.termFreqs == null ? 0 : idx.termFreqs.size();
    }

    public static long totalTermFreq(FieldIndex idx, String term) {
        if (idx.termFreqs == null) {
            return 0;
        }
        Integer f = idx.termFreqs.get(term);
        return f == null ? 0 : f;
    }

    public static List<String> topTerms(FieldIndex idx, int n) {
        if (idx.termFreqs == null) {
            return List.of();
        }
        return idx.termFreqs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.toList());
    }

    public static double avgTermsPerDoc(FieldIndex idx) {
        if (idx.docCount == 0 || idx.termFreqs == null) {
            return 0.0;
        }
        long sum = 0;
        for (int f : idx.termFreqs.values()) {
            sum += f;
        }
        return (double) sum / idx.docCount;
    }

    public static void main(String[] args) {
        FieldIndex body = new FieldIndex("body");
        System.out.println(body.field() + " vocab=" + vocabularySize(body) + " top=" + topTerms(body, 3)
                + " tf(the)=" + totalTermFreq(body, "the") + " avg=" + avgTermsPerDoc(body));

        body.addDocument("The quick brown fox jumps over the lazy dog");
        body.addDocument("The dog sleeps; the fox runs.");
        body.addDocument("   ");
        System.out.println("vocab=" + vocabularySize(body) + " top=" + topTerms(body, 3)
                + " tf(the)=" + totalTermFreq(body, "the") + " avg=" + avgTermsPerDoc(body));

        body.dropPostings();
        System.out.println("vocab=" + vocabularySize(body) + " top=" + topTerms(body, 3)
                + " tf(fox)=" + totalTermFreq(body, "fox") + " avg=" + avgTermsPerDoc(body));
    }
}
