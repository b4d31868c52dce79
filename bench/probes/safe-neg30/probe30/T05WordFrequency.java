package probe30;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts words per session; ties in top() keep first-seen order. */
public final class T05WordFrequency {
    private List<String> firstSeen;                // words in order of first appearance
    private LinkedHashMap<String, Integer> counts; // created and dropped together with firstSeen

    public void beginSession() {
        if (firstSeen != null) throw new IllegalStateException("session already active");
        counts = new LinkedHashMap<>();
        firstSeen = new ArrayList<>();
    }

    public boolean inSession() {
        return firstSeen != null;
    }

    public void feed(String text) {
        if (firstSeen == null) throw new IllegalStateException("no active session");
        for (String raw : text.split("[^\\p{L}']+")) {
            if (raw.isEmpty()) continue;
            String word = raw.toLowerCase(Locale.ROOT);
            if (counts.merge(word, 1, Integer::sum) == 1) firstSeen.add(word);
        }
    }

    public int count(String word) {
        return firstSeen == null ? 0 : counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    public List<String> top(int n) {
        if (n < 0) throw new IllegalArgumentException("n must not be negative");
        if (firstSeen == null) return List.of();
        List<String> words = new ArrayList<>(firstSeen);
        words.sort(Comparator.comparing((String w) -> counts.get(w)).reversed()); // stable sort
        return List.copyOf(words.subList(0, Math.min(n, words.size())));
    }

    /** Ends the session and hands the final counts to the caller. */
    public Map<String, Integer> endSession() {
        if (firstSeen == null) throw new IllegalStateException("no active session");
        Map<String, Integer> result = Collections.unmodifiableMap(counts);
        firstSeen = null;
        counts = null;
        return result;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T05WordFrequency wf = new T05WordFrequency();
        assert !wf.inSession();
        assert wf.count("to") == 0;
        assert wf.top(3).isEmpty();
        expectFailure(() -> wf.feed("x"));
        expectFailure(wf::endSession);
        expectFailure(() -> wf.top(-1));

        wf.beginSession();
        expectFailure(wf::beginSession);
        wf.feed("To be, or not to be: that is the question.");
        wf.feed("Be quick!");
        assert wf.count("BE") == 3 && wf.count("to") == 2;
        assert wf.top(3).equals(List.of("be", "to", "or")) : wf.top(3);
        assert wf.top(0).isEmpty();
        Map<String, Integer> result = wf.endSession();
        assert result.get("question") == 1;

        assert !wf.inSession();
        assert wf.count("be") == 0 && wf.top(2).isEmpty();
        expectFailure(() -> wf.feed("again"));
        wf.beginSession();
        assert wf.top(5).isEmpty();
        wf.endSession();
        System.out.println("T05 ok");
    }
}
