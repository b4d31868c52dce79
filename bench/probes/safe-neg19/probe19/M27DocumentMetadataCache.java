package probe19;

import java.util.Map;
import java.util.WeakHashMap;

/** Per-document metadata cache keyed weakly so closed documents can be collected. */
public class M27DocumentMetadataCache {
    public static final class Document {
        private final String title;
        private final String body;

        public Document(String title, String body) {
            this.title = title;
            this.body = body;
        }
    }

    public record Metadata(int words, int lines, String title) {}

    private Map<Document, Metadata> cache;
    private int computations;

    private synchronized Map<Document, Metadata> cache() {
        if (cache == null) {
            cache = new WeakHashMap<>();
        }
        return cache;
    }

    public synchronized Metadata metadataFor(Document doc) {
        Metadata m = cache().get(doc);
        if (m == null) {
            computations++;
            String trimmed = doc.body.trim();
            int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
            m = new Metadata(words, doc.body.split("\n", -1).length, doc.title);
            cache().put(doc, m);
        }
        return m;
    }

    public synchronized boolean forget(Document doc) {
        return cache != null && cache.remove(doc) != null;
    }

    public synchronized int cachedCount() {
        return cache == null ? 0 : cache.size();
    }

    public synchronized int computations() {
        return computations;
    }

    public synchronized void drop() {
        cache = null;
    }

    public static void main(String[] args) throws InterruptedException {
        M27DocumentMetadataCache cache = new M27DocumentMetadataCache();
        Document readme = new Document("README", "Hello world\nsecond line here");
        System.out.println(cache.cachedCount() + " " + cache.forget(readme));
        System.out.println(cache.metadataFor(readme) + " " + cache.metadataFor(readme) + " " + cache.computations());
        cache.drop();
        cache.drop();
        System.out.println(cache.forget(readme) + " " + cache.metadataFor(new Document("empty", "")));
        Thread t = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                cache.metadataFor(readme);
                if (i % 10 == 0) {
                    cache.drop();
                }
            }
        });
        t.start();
        for (int i = 0; i < 100; i++) {
            cache.cachedCount();
            cache.forget(readme);
        }
        t.join();
        System.out.println(cache.forget(readme) + " " + (cache.computations() > 2));
    }
}
