package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Search-box autocomplete; chooses a lookup strategy based on vocabulary size. */
public class K39Autocomplete {

    enum Mode { EMPTY, SMALL, INDEXED }

    private static final int SMALL_LIMIT = 4;

    private SortedMap<String, Integer> vocabulary;

    private Mode mode() {
        if (vocabulary == null) {
            return Mode.EMPTY;
        }
        return vocabulary.size() <= SMALL_LIMIT ? Mode.SMALL : Mode.INDEXED;
    }

    public void learn(String term, int weight) {
        if (term.isBlank()) {
            throw new IllegalArgumentException("blank term");
        }
        if (vocabulary == null) {
            vocabulary = new TreeMap<>();
        }
        vocabulary.merge(term, weight, Integer::sum);
    }

    public List<String> complete(String prefix) {
        List<String> out = new ArrayList<>();
        switch (mode()) {
            case EMPTY -> {
                return out;
            }
            case SMALL -> {
                for (String t : vocabulary.keySet()) {
                    if (t.startsWith(prefix)) {
                        out.add(t);
                    }
                }
            }
            case INDEXED -> out.addAll(vocabulary.subMap(prefix, prefix + Character.MAX_VALUE).keySet());
        }
        out.sort((a, b) -> Integer.compare(vocabulary.get(b), vocabulary.get(a)));
        return out;
    }

    public String strategy() {
        return switch (mode()) {
            case EMPTY -> "none";
            case SMALL -> "scan(" + vocabulary.size() + ")";
            case INDEXED -> "index(" + vocabulary.firstKey() + ".." + vocabulary.lastKey() + ")";
        };
    }

    public int weight(String term) {
        Mode m = mode();
        if (m == Mode.EMPTY) {
            return 0;
        }
        return vocabulary.getOrDefault(term, 0);
    }

    public void forget() {
        vocabulary = null;
    }

    public Map<String, Integer> export() {
        return mode() == Mode.EMPTY ? Map.of() : new TreeMap<>(vocabulary);
    }

    public static void main(String[] args) {
        K39Autocomplete ac = new K39Autocomplete();
        System.out.println(ac.strategy() + " " + ac.complete("ja") + " w=" + ac.weight("java") + " " + ac.export());
        try {
            ac.learn("  ", 1);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        ac.learn("java", 5);
        ac.learn("javascript", 7);
        ac.learn("jar", 1);
        System.out.println(ac.strategy() + " " + ac.complete("ja") + " " + ac.complete("py"));
        ac.learn("python", 3);
        ac.learn("pyramid", 1);
        ac.learn("java", 5);
        System.out.println(ac.strategy() + " " + ac.complete("ja") + " " + ac.complete("py") + " "
                + ac.complete("") + " w=" + ac.weight("java") + " w=" + ac.weight("rust"));
        System.out.println(ac.export());
        ac.forget();
        System.out.println(ac.strategy() + " " + ac.complete("j") + " w=" + ac.weight("java") + " " + ac.export());
    }
}
