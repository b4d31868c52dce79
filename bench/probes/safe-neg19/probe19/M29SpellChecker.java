package probe19;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Dictionary-backed spell checker with prefix suggestions. */
public class M29SpellChecker {
    private Map<Character, TreeSet<String>> index;
    private int wordCount;

    private boolean isLoaded() {
        return index != null;
    }

    public void load(Collection<String> words) {
        Map<Character, TreeSet<String>> fresh = new TreeMap<>();
        int count = 0;
        for (String raw : words) {
            String w = raw.trim().toLowerCase();
            if (!w.isEmpty() && fresh.computeIfAbsent(w.charAt(0), c -> new TreeSet<>()).add(w)) {
                count++;
            }
        }
        index = fresh;
        wordCount = count;
    }

    public boolean isCorrect(String word) {
        if (!isLoaded() || word.isEmpty()) {
            return false;
        }
        String w = word.toLowerCase();
        TreeSet<String> bucket = index.get(w.charAt(0));
        return bucket != null && bucket.contains(w);
    }

    public List<String> suggest(String prefix, int limit) {
        List<String> out = new ArrayList<>();
        if (!isLoaded() || prefix.isEmpty()) {
            return out;
        }
        String p = prefix.toLowerCase();
        TreeSet<String> bucket = index.get(p.charAt(0));
        if (bucket == null) {
            return out;
        }
        for (String candidate : bucket.tailSet(p, true)) {
            if (!candidate.startsWith(p) || out.size() >= limit) {
                break;
            }
            out.add(candidate);
        }
        return out;
    }

    public boolean learn(String word) {
        if (!isLoaded()) {
            load(List.of(word));
            return wordCount > 0;
        }
        String w = word.trim().toLowerCase();
        if (w.isEmpty() || !index.computeIfAbsent(w.charAt(0), c -> new TreeSet<>()).add(w)) {
            return false;
        }
        wordCount++;
        return true;
    }

    public void unload() {
        index = null;
        wordCount = 0;
    }

    public int size() {
        return wordCount;
    }

    public static void main(String[] args) {
        M29SpellChecker checker = new M29SpellChecker();
        System.out.println(checker.isCorrect("hello") + " " + checker.suggest("he", 3) + " " + checker.size());
        System.out.println(checker.learn("Kotlin") + " " + checker.isCorrect("kotlin"));
        checker.load(List.of("hello", "help", "helmet", "world", " ", "Hello"));
        System.out.println(checker.isCorrect("Help") + " " + checker.suggest("hel", 2) + " " + checker.suggest("x", 5) + " " + checker.size());
        System.out.println(checker.learn("helium") + " " + checker.learn("HELIUM") + " " + checker.suggest("hel", 10));
        checker.unload();
        checker.unload();
        System.out.println(checker.isCorrect("hello") + " " + checker.suggest("", 1) + " " + checker.learn("  "));
    }
}
