package probe36;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Outline view of an IDE plugin. The heading index exists exactly while the view's change listener is
 * registered with the document: attach() builds the index before registering, detach() unregisters before
 * dropping it. The listener callback uses the index directly; queries ask the document about the listener.
 */
public final class SF30OutlineView {
    /** Minimal editor document with synchronous change listeners. */
    static final class Document {
        private final List<String> lines = new ArrayList<>();
        private final List<Consumer<Document>> listeners = new ArrayList<>();

        void addListener(Consumer<Document> listener) {
            listeners.add(listener);
        }

        boolean removeListener(Consumer<Document> listener) {
            return listeners.remove(listener);
        }

        boolean isListening(Consumer<Document> listener) {
            return listeners.contains(listener);
        }

        void setText(String text) {
            lines.clear();
            lines.addAll(Arrays.asList(text.split("\n", -1)));
            for (Consumer<Document> listener : List.copyOf(listeners)) {
                listener.accept(this);
            }
        }

        List<String> lines() {
            return lines;
        }
    }

    private final Document document;
    private final Consumer<Document> listener = this::reindex;
    private TreeMap<String, Integer> headings; // heading -> line; exists exactly while 'listener' is registered

    public SF30OutlineView(Document document) {
        this.document = document;
    }

    public void attach() {
        if (document.isListening(listener)) {
            throw new IllegalStateException("outline already attached");
        }
        headings = new TreeMap<>();
        reindex(document);
        document.addListener(listener);
    }

    public void detach() {
        if (!document.removeListener(listener)) {
            throw new IllegalStateException("outline not attached");
        }
        headings = null;
    }

    private void reindex(Document doc) {
        headings.clear();
        List<String> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#")) {
                headings.put(lines.get(i).replaceFirst("^#+\\s*", ""), i + 1);
            }
        }
    }

    public int lineOf(String heading) {
        if (!document.isListening(listener)) {
            throw new IllegalStateException("outline not attached");
        }
        Integer line = headings.get(heading);
        if (line == null) {
            throw new NoSuchElementException("no heading " + heading);
        }
        return line;
    }

    public List<String> headings() {
        return document.isListening(listener) ? List.copyOf(headings.keySet()) : List.of();
    }

    public static void main(String[] args) {
        Document doc = new Document();
        doc.setText("# Intro\ntext\n## Usage\nmore");
        SF30OutlineView outline = new SF30OutlineView(doc);
        // Phase 1: not attached.
        check(outline.headings().isEmpty(), "no headings before attach");
        expect(IllegalStateException.class, () -> outline.lineOf("Intro"));
        expect(IllegalStateException.class, outline::detach);
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): attached; edits reach the index through the listener.
            outline.attach();
            expect(IllegalStateException.class, outline::attach);
            check(outline.headings().equals(List.of("Intro", "Usage")) && outline.lineOf("Usage") == 3, "initial index");
            doc.setText("# Title\n# Appendix");
            check(outline.lineOf("Appendix") == 2, "reindexed by the listener");
            expect(NoSuchElementException.class, () -> outline.lineOf("Intro"));
            // Phase 3: detached; edits no longer reach the (dropped) index, twice over the loop.
            outline.detach();
            doc.setText("# Intro\ntext\n## Usage\nmore");
            check(outline.headings().isEmpty(), "no headings after detach");
            expect(IllegalStateException.class, () -> outline.lineOf("Title"));
            expect(IllegalStateException.class, outline::detach);
        }
        outline.attach();
        check(outline.lineOf("Intro") == 1, "fresh index after re-attach");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
