package probe27;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multiset that allocates nothing while empty. Invariant: {@code counts == null} exactly when
 * {@code total == 0}; methods test the counter, never the map.
 */
public final class F31SparseMultiset {
    private long total;                // sum of all counts
    private Map<String, Integer> counts; // null iff total == 0

    public void add(String element, int occurrences) {
        if (occurrences <= 0) throw new IllegalArgumentException("occurrences must be positive");
        if (total == 0) counts = new HashMap<>();
        counts.merge(element, occurrences, Math::addExact);
        total = Math.addExact(total, occurrences);
    }

    public int count(String element) {
        if (total == 0) return 0;
        return counts.getOrDefault(element, 0);
    }

    public int remove(String element, int occurrences) {
        if (occurrences <= 0) throw new IllegalArgumentException("occurrences must be positive");
        if (total == 0) return 0;
        Integer current = counts.get(element);
        if (current == null) return 0;
        int removed = Math.min(current, occurrences);
        if (removed == current) counts.remove(element);
        else counts.put(element, current - removed);
        total -= removed;
        if (total == 0) counts = null;
        return removed;
    }

    public int distinct() { return total == 0 ? 0 : counts.size(); }

    public long size() { return total; }

    public String mostCommon() {
        if (total == 0) return null;
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    public void clear() {
        total = 0;
        counts = null;
    }

    @Override public String toString() { return total == 0 ? "[]" : new TreeMap<>(counts).toString(); }

    public static void main(String[] args) {
        F31SparseMultiset words = new F31SparseMultiset();
        assert words.count("a") == 0 && words.remove("a", 1) == 0 && words.distinct() == 0;
        assert words.mostCommon() == null && words.toString().equals("[]");
        boolean bad = false;
        try { words.add("a", 0); } catch (IllegalArgumentException expected) { bad = true; }
        assert bad && words.size() == 0;

        words.add("the", 3);
        words.add("cat", 1);
        words.add("the", 2);
        assert words.count("the") == 5 && words.size() == 6 && words.distinct() == 2;
        assert words.mostCommon().equals("the") && words.toString().equals("{cat=1, the=5}");
        assert words.remove("dog", 4) == 0;
        assert words.remove("the", 10) == 5 && words.count("the") == 0 && words.size() == 1;
        assert words.remove("cat", 1) == 1 && words.size() == 0 && words.distinct() == 0;
        assert words.count("cat") == 0 && words.mostCommon() == null;
        words.add("again", 2);
        assert words.remove("again", 1) == 1 && words.count("again") == 1;
        words.clear();
        words.clear();
        assert words.count("again") == 0 && words.toString().equals("[]");
        boolean badRemove = false;
        try { words.remove("x", -1); } catch (IllegalArgumentException expected) { badRemove = true; }
        assert badRemove;
        System.out.println("F31 ok");
    }
}
