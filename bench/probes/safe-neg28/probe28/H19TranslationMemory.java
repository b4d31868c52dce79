package probe28;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Translation memory for a localisation pipeline. Segments are learned from
 * approved translations; the memory is empty (null) until the first one. All
 * queries stream over Optional.ofNullable(memory).
 */
public class H19TranslationMemory {
    private final String sourceLang;
    private final String targetLang;
    private TreeMap<String, String> memory; // null until the first learn()
    private int hits;

    public H19TranslationMemory(String sourceLang, String targetLang) {
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
    }

    public void learn(String source, String target) {
        if (memory == null) {
            memory = new TreeMap<>();
        }
        memory.put(source.toLowerCase(), target);
    }

    public Optional<String> exact(String source) {
        Optional<String> found = Optional.ofNullable(memory).map(m -> m.get(source.toLowerCase()));
        if (found.isPresent()) {
            hits++;
        }
        return found;
    }

    public List<String> suggestionsStartingWith(String prefix) {
        String p = prefix.toLowerCase();
        return Optional.ofNullable(memory).stream()
                .flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey().startsWith(p))
                .map(Map.Entry::getValue)
                .collect(Collectors.toList());
    }

    public long wordCount() {
        return Optional.ofNullable(memory).stream()
                .flatMap(m -> m.keySet().stream())
                .mapToLong(k -> k.split("\\s+").length)
                .sum();
    }

    public String translateSentence(String sentence) {
        return List.of(sentence.split(" ")).stream()
                .map(w -> exact(w).orElse("<" + w + ">"))
                .collect(Collectors.joining(" "));
    }

    public void forget() {
        memory = null;
    }

    public String pair() {
        return sourceLang + "->" + targetLang + " hits=" + hits;
    }

    public static void main(String[] args) {
        H19TranslationMemory tm = new H19TranslationMemory("en", "fr");
        assert tm.exact("cat").isEmpty();
        assert tm.suggestionsStartingWith("c").isEmpty();
        assert tm.wordCount() == 0;
        assert tm.translateSentence("the cat").equals("<the> <cat>");
        tm.learn("Cat", "chat");
        tm.learn("car", "voiture");
        tm.learn("dog", "chien");
        tm.learn("good morning", "bonjour");
        assert tm.exact("CAT").orElse("").equals("chat");
        assert tm.suggestionsStartingWith("ca").equals(List.of("voiture", "chat"));
        assert tm.wordCount() == 5;
        assert tm.translateSentence("dog car bird").equals("chien voiture <bird>");
        tm.forget();
        assert tm.exact("dog").isEmpty();
        assert tm.wordCount() == 0;
        assert tm.pair().equals("en->fr hits=3") : tm.pair();
        System.out.println(tm.pair());
    }
}
