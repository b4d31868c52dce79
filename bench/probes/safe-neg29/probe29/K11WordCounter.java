package probe29;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts words in text fed incrementally. */
public class K11WordCounter {

    private HashMap<String, Integer> counts;
    private long totalWords;

    public void feed(String text) {
        for (String raw : text.split("[^\\p{L}\\p{N}']+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (counts == null) {
                counts = new HashMap<>();
            }
            counts.merge(raw.toLowerCase(Locale.ROOT), 1, Integer::sum);
            totalWords++;
        }
    }

    /** Number of distinct words seen so far. */
    public int distinct() {
        return counts == null ? 0 : counts.size();
    }

    public long total() {
        return totalWords;
    }

    public String describe() {
        switch (distinct()) {
            case 0:
                return "no words";
            case 1:
                return "only '" + counts.keySet().iterator().next() + "'";
            default:
                return distinct() + " distinct words, " + totalWords + " total";
        }
    }

    public int[] histogram() {
        int[] h = new int[distinct()];
        if (h.length > 0) {
            int i = 0;
            for (int v : counts.values()) {
                h[i++] = v;
            }
            Arrays.sort(h);
        }
        return h;
    }

    public List<String> top(int n) {
        List<String> out = new ArrayList<>();
        if (distinct() < 1 || n <= 0) {
            return out;
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            out.add(entries.get(i).getKey());
        }
        return out;
    }

    public int countOf(String word) {
        if (distinct() > 0) {
            return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
        }
        return 0;
    }

    public void reset() {
        counts = null;
        totalWords = 0;
    }

    public static void main(String[] args) {
        K11WordCounter wc = new K11WordCounter();
        System.out.println(wc.describe() + " " + Arrays.toString(wc.histogram()) + " " + wc.top(3)
                + " " + wc.countOf("the") + " total=" + wc.total());
        wc.feed("  ...  ");
        System.out.println(wc.describe());
        wc.feed("Hello");
        System.out.println(wc.describe() + " " + Arrays.toString(wc.histogram()));
        wc.feed("the cat and the hat, the end. And that's it!");
        System.out.println(wc.describe());
        System.out.println("top=" + wc.top(3) + " none=" + wc.top(0) + " the=" + wc.countOf("THE")
                + " dog=" + wc.countOf("dog"));
        System.out.println("hist=" + Arrays.toString(wc.histogram()));
        wc.reset();
        System.out.println(wc.describe() + " " + Arrays.toString(wc.histogram()) + " " + wc.top(2)
                + " " + wc.countOf("cat") + " total=" + wc.total());
    }
}
