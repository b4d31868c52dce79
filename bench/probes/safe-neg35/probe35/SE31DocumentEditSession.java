package probe35;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Text-editor document supporting atomic multi-line edits. beginEdit() takes the edit
 * lock and then creates the pending-edit map; commit/rollback drop the map and then
 * unlock. The map is touched only after checking editLock.isHeldByCurrentThread().
 */
public class SE31DocumentEditSession {
    private final ReentrantLock editLock = new ReentrantLock();
    private final List<String> lines;
    private Map<Integer, String> pendingEdits; // non-null exactly while some thread holds editLock

    public SE31DocumentEditSession(List<String> initial) {
        this.lines = new ArrayList<>(initial);
    }

    public void beginEdit() {
        if (editLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("edit already in progress");
        }
        editLock.lock();
        pendingEdits = new TreeMap<>();
    }

    private void requireEditing() {
        if (!editLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("no edit in progress on " + Thread.currentThread().getName());
        }
    }

    public void replaceLine(int line, String text) {
        requireEditing();
        if (line < 0 || line >= lines.size()) {
            throw new IllegalArgumentException("no line " + line);
        }
        pendingEdits.put(line, text);
    }

    public int pendingCount() {
        return editLock.isHeldByCurrentThread() ? pendingEdits.size() : 0;
    }

    public void commit() {
        requireEditing();
        try {
            pendingEdits.forEach(lines::set);
        } finally {
            pendingEdits = null;
            editLock.unlock();
        }
    }

    public void rollback() {
        requireEditing();
        pendingEdits = null;
        editLock.unlock();
    }

    public String text() {
        return String.join("\n", lines);
    }

    public static void main(String[] args) throws InterruptedException {
        SE31DocumentEditSession doc = new SE31DocumentEditSession(List.of("a", "b", "c"));
        check(doc.pendingCount() == 0, "no edit");
        expect(IllegalStateException.class, () -> doc.replaceLine(0, "x"));
        expect(IllegalStateException.class, doc::commit);

        doc.beginEdit();
        expect(IllegalStateException.class, doc::beginEdit);
        doc.replaceLine(1, "B");
        doc.replaceLine(2, "C");
        expect(IllegalArgumentException.class, () -> doc.replaceLine(7, "?"));
        check(doc.pendingCount() == 2 && doc.text().equals("a\nb\nc"), "not applied yet");

        AtomicReference<String> otherThread = new AtomicReference<>("not run");
        Thread intruder = new Thread(() -> {
            try {
                int seen = doc.pendingCount();
                doc.replaceLine(0, "intruder");
                otherThread.set("edited, saw " + seen);
            } catch (IllegalStateException expected) {
                otherThread.set("rejected, saw " + doc.pendingCount());
            } catch (RuntimeException e) {
                otherThread.set("failed: " + e);
            }
        }, "intruder");
        intruder.start();
        intruder.join();
        check(otherThread.get().equals("rejected, saw 0"), "other thread: " + otherThread.get());
        doc.commit();
        check(doc.text().equals("a\nB\nC"), "committed");

        for (int round = 0; round < 2; round++) {
            check(doc.pendingCount() == 0, "dropped");
            expect(IllegalStateException.class, () -> doc.replaceLine(0, "z"));
            expect(IllegalStateException.class, doc::rollback);
            doc.beginEdit();
            doc.replaceLine(0, "discarded");
            doc.rollback();
        }

        doc.beginEdit();
        doc.replaceLine(0, "A");
        doc.commit();
        check(doc.text().equals("A\nB\nC") && !doc.editLock.isLocked(), "final text");
        System.out.println("SE31DocumentEditSession ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
