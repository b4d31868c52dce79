package probe18;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Streaming word-frequency counter for a log analytics job; reset drops the table entirely. */
public final class N16WordFrequencyCounter {
    private Map<String, Integer> counts;
    private long totalWords;

    public void accept(String text) {
        Map<String, Integer> m = counts;
        if (m == null) {
            m = new HashMap<>();
            counts = m;
        }
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (!raw.isEmpty()) {
                m.merge(raw, 1, Integer::sum);
                totalWords++;
            }
        }
    }

    public int count(String word) {
        Map<String, Integer> m = counts;
        return m == null ? 0 : m.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    public List<Map.Entry<String, Integer>> top(int n) {
        Map<String, Integer> m = counts;
        if (m == null) {
            return List.of();
        }
        return m.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    public int distinct() {
        Map<String, Integer> m = counts;
        if (m != null) {
            return m.size();
        }
        return 0;
    }

    public long total() {
        return totalWords;
    }

    public void reset() {
        counts = null;
        totalWords = 0;
    }

    public static void main(String[] args) {
        N16WordFrequencyCounter wf = new N16WordFrequencyCounter();
        System.out.println(wf.top(3) + " " + wf.count("the") + " " + wf.distinct());
        wf.accept("The quick brown fox jumps over the lazy dog.");
        wf.accept("THE dog barks; the fox runs!");
        System.out.println(wf.top(3) + " the=" + wf.count("The") + " distinct=" + wf.distinct() + " total=" + wf.total());
        wf.reset();
        System.out.println("after reset " + wf.top(2) + " " + wf.count("fox"));
        wf.accept("");
        wf.accept("again again");
        System.out.println(wf.top(5));
    }
}
