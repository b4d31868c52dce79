package probe28;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Word-processor document statistics panel. The word-frequency map is a
 * derived cache: any edit sets it to null and the freq() accessor rebuilds it.
 */
public class H24DocumentStats {
    private final StringBuilder text = new StringBuilder();
    private TreeMap<String, Integer> frequency; // derived cache; null when stale
    private int recomputations;
    private int edits;

    public void append(String more) {
        text.append(more);
        frequency = null;
        edits++;
    }

    public void replaceAll(String newText) {
        text.setLength(0);
        text.append(newText);
        frequency = null;
        edits++;
    }

    private TreeMap<String, Integer> freq() {
        TreeMap<String, Integer> f = frequency;
        if (f == null) {
            f = new TreeMap<>();
            for (String w : text.toString().toLowerCase().split("[^a-z']+")) {
                if (!w.isEmpty()) {
                    f.merge(w, 1, Integer::sum);
                }
            }
            frequency = f;
            recomputations++;
        }
        return f;
    }

    public int count(String word) {
        return freq().getOrDefault(word.toLowerCase(), 0);
    }

    public int distinctWords() {
        return freq().size();
    }

    public List<String> top(int n) {
        return freq().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    public boolean cacheIsWarm() {
        return frequency != null;
    }

    public String footer() {
        return "edits=" + edits + " recomputations=" + recomputations;
    }

    public static void main(String[] args) {
        H24DocumentStats doc = new H24DocumentStats();
        assert !doc.cacheIsWarm();
        assert doc.distinctWords() == 0;
        assert doc.cacheIsWarm();
        doc.append("The cat sat. The cat ran! ");
        assert !doc.cacheIsWarm();
        assert doc.count("the") == 2;
        assert doc.count("CAT") == 2;
        assert doc.top(2).equals(List.of("cat", "the"));
        doc.append("A dog ran.");
        assert doc.count("ran") == 2;
        assert doc.distinctWords() == 6;
        doc.replaceAll("");
        assert doc.top(3).isEmpty();
        assert doc.footer().equals("edits=3 recomputations=4") : doc.footer();
        System.out.println(doc.footer());
    }
}
