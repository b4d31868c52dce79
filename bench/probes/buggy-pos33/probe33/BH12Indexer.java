package probe33;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

public class BH12Indexer {
    private Map<String, List<Integer>> postings = new HashMap<>();
    private Map<String, Double> stopwordWeights;
    private final List<Segment> segments = new ArrayList<>();

    boolean index(int docId, String text) {
        try {
            add(docId, text);
            return true;
        } catch (IOException e) {
            postings = null;
            return false;
        }
    }

    private void add(int docId, String text) throws IOException {
        if (text.indexOf(0) >= 0) {
            throw new IOException("corrupt document " + docId);
        }
        Map<String, List<Integer>> p = postings;
        if (p == null) {
            throw new IOException("index dropped; rebuild required");
        }
        for (String term : text.toLowerCase().split("\\s+")) {
            p.computeIfAbsent(term, k -> new ArrayList<>()).add(docId);
        }
    }

    List<Integer> search(String term) {
        return postings.getOrDefault(term.toLowerCase(), List.of());
    }

    int termCount() {
        Map<String, List<Integer>> p = postings;
        return p == null ? 0 : p.size();
    }

    private Map<String, Double> stopwordWeights() {
        if (stopwordWeights == null) {
            stopwordWeights = new HashMap<>();
            stopwordWeights.put("the", 0.1);
            stopwordWeights.put("a", 0.1);
        }
        return stopwordWeights;
    }

    double weight(String term) {
        return stopwordWeights().getOrDefault(term, 1.0);
    }

    List<String> significantTerms(List<String> terms) {
        return terms.stream().filter(t -> stopwordWeights.getOrDefault(t, 1.0) > 0.5).collect(Collectors.toList());
    }

    static final class Segment {
        final int id;
        final boolean readOnly;
        SortedMap<String, Integer> termFreqs;

        Segment(int id) {
            this(id, new TreeMap<>());
        }

        Segment(int id, SortedMap<String, Integer> termFreqs) {
            this.id = id;
            this.readOnly = false;
            this.termFreqs = termFreqs;
        }

        Segment(int id, boolean readOnly) {
            this.id = id;
            this.readOnly = readOnly;
        }
    }

    int frequency(Segment segment, String term) {
        return segment.termFreqs.getOrDefault(term, 0);
    }

    int segmentSize(Segment segment) {
        SortedMap<String, Integer> tf = segment.termFreqs;
        return tf == null ? 0 : tf.size();
    }

    Segment addSegment(Segment segment) {
        segments.add(segment);
        return segment;
    }

    void count(Segment segment, String term) {
        if (segment.termFreqs != null && !segment.readOnly) {
            segment.termFreqs.merge(term, 1, Integer::sum);
        }
    }

    public static void main(String[] args) throws Exception {
        BH12Indexer indexer = new BH12Indexer();
        indexer.index(1, "The quick brown fox");
        indexer.index(2, "a lazy dog");
        System.out.println(indexer.search("quick") + " " + indexer.termCount() + " " + indexer.weight("the"));
        System.out.println(indexer.significantTerms(List.of("the", "fox", "a")));
        Segment seg = indexer.addSegment(new Segment(1));
        indexer.count(seg, "fox");
        Segment frozen = indexer.addSegment(new Segment(2, true));
        indexer.count(frozen, "dog");
        System.out.println(indexer.frequency(seg, "fox") + " " + indexer.segmentSize(frozen) + " " + frozen.id);
        BH12Indexer damaged = new BH12Indexer();
        boolean ok = damaged.index(3, "bad\0doc");
        System.out.println(ok + " " + damaged.termCount() + " " + damaged.index(4, "retry"));

        expect(42, () -> damaged.search("bad"));
        BH12Indexer cold = new BH12Indexer();
        expect(64, () -> cold.significantTerms(List.of("the", "fox")));
        expect(89, () -> indexer.frequency(frozen, "dog"));
    }

    private static final String FILE = "BH12Indexer.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
