package probe29;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Spell-checker dictionary loaded on a background thread. */
public class K33DictionaryLoader {

    private Map<String, Integer> words;
    private boolean ready;
    private final String source;

    public K33DictionaryLoader(String source) {
        this.source = source;
    }

    /** Starts loading in the background; callers join the returned thread. */
    public Thread loadAsync() {
        Thread t = new Thread(() -> {
            Map<String, Integer> built = new HashMap<>();
            for (String w : source.split("\\s+")) {
                if (!w.isEmpty()) {
                    built.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            synchronized (this) {
                words = built;
                ready = true;
            }
        }, "dict-loader");
        t.start();
        return t;
    }

    public void load() throws InterruptedException {
        loadAsync().join();
    }

    public synchronized boolean isReady() {
        return ready;
    }

    public synchronized boolean isKnown(String word) {
        return ready && words.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public synchronized int frequency(String word) {
        if (!ready) {
            return 0;
        }
        Integer f = words.get(word.toLowerCase(Locale.ROOT));
        return f == null ? 0 : f;
    }

    public synchronized String suggest(String word) {
        if (!ready) {
            return word;
        }
        String best = word;
        int bestFreq = -1;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            String cand = e.getKey();
            if (cand.length() == word.length() && cand.charAt(0) == word.charAt(0) && e.getValue() > bestFreq) {
                best = cand;
                bestFreq = e.getValue();
            }
        }
        return best;
    }

    public synchronized void unload() {
        ready = false;
        words = null;
    }

    public static void main(String[] args) throws InterruptedException {
        K33DictionaryLoader d = new K33DictionaryLoader("the quick brown fox jumps over the lazy dog The end");
        System.out.println("ready=" + d.isReady() + " known=" + d.isKnown("fox") + " freq=" + d.frequency("the")
                + " suggest=" + d.suggest("thx"));
        Thread loader = d.loadAsync();
        boolean early = d.isKnown("fox");
        loader.join();
        System.out.println("early answer was " + (early ? "known" : "unknown or not ready"));
        System.out.println("ready=" + d.isReady() + " known=" + d.isKnown("FOX") + " cat=" + d.isKnown("cat")
                + " freq(the)=" + d.frequency("the") + " freq(cat)=" + d.frequency("cat") + " suggest="
                + d.suggest("thx"));
        d.unload();
        System.out.println("unloaded known=" + d.isKnown("fox") + " freq=" + d.frequency("the") + " suggest="
                + d.suggest("dgo"));
        d.load();
        System.out.println("reloaded suggest=" + d.suggest("dgo") + " ready=" + d.isReady());
        d.unload();
    }
}
