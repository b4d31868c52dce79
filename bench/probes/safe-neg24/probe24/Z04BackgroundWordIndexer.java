package probe24;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a word-frequency index of a document set on a background thread, the way IDE
 * and search indexers do. Queries start the indexer if needed and wait for it with
 * {@link Thread#join()}; the indexer publishes its map in a {@code finally} block.
 */
public class Z04BackgroundWordIndexer {

    private final List<String> documents;
    /** Word to occurrences; null until the indexer thread has finished, and after discard(). */
    private volatile Map<String, Integer> frequencies;
    private Thread indexer;

    public Z04BackgroundWordIndexer(List<String> documents) {
        this.documents = List.copyOf(documents);
    }

    /** Starts the indexer thread unless one was already started; only a started thread is remembered. */
    public synchronized void start() {
        if (indexer != null) {
            return;
        }
        Thread thread = new Thread(this::buildIndex, "word-indexer");
        thread.start();
        indexer = thread;
    }

    private void buildIndex() {
        Map<String, Integer> built = null;
        try {
            built = new HashMap<>();
            for (String doc : documents) {
                for (String word : doc.toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (!word.isEmpty()) {
                        built.merge(word, 1, Integer::sum);
                    }
                }
            }
        } finally {
            frequencies = built != null ? built : Map.of();
        }
    }

    public synchronized int frequency(String word) throws InterruptedException {
        start();
        indexer.join();
        return frequencies.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    public synchronized String mostFrequent() throws InterruptedException {
        start();
        indexer.join();
        return frequencies.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("");
    }

    public synchronized boolean isReady() {
        return frequencies != null;
    }

    /** Drops the index; the next query re-indexes. */
    public synchronized void discard() throws InterruptedException {
        if (indexer != null) {
            indexer.join();
        }
        indexer = null;
        frequencies = null;
    }

    public static void main(String[] args) throws InterruptedException {
        Z04BackgroundWordIndexer idx = new Z04BackgroundWordIndexer(List.of(
                "The quick brown fox", "jumps over the lazy dog", "The end"));
        System.out.println("ready before: " + idx.isReady());
        System.out.println(idx.frequency("the") + " " + idx.frequency("FOX") + " " + idx.mostFrequent());
        idx.discard();
        System.out.println("ready after discard: " + idx.isReady());
        idx.start();
        System.out.println(idx.frequency("dog") + " " + idx.isReady());
        idx.discard();
    }
}
