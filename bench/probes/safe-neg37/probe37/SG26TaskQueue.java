package probe37;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Named FIFO task queue for a scheduler. The name -> task index is allocated when the queue goes
 * from empty to non-empty and released when it drains; the invariant is "order is non-empty
 * implies byName != null", and every method tests order.isEmpty() before using the index.
 */
public class SG26TaskQueue {

    static final class TaskQueue {
        private final ArrayDeque<String> order = new ArrayDeque<>();
        private HashMap<String, Runnable> byName; // non-null whenever order is non-empty

        public void submit(String name, Runnable task) {
            if (name == null || task == null) {
                throw new IllegalArgumentException("name and task required");
            }
            if (order.isEmpty()) {
                byName = new HashMap<>();
            } else if (byName.containsKey(name)) {
                throw new IllegalArgumentException("task " + name + " already queued");
            }
            byName.put(name, task);
            order.addLast(name);
        }

        public boolean contains(String name) {
            return !order.isEmpty() && byName.containsKey(name);
        }

        public String runNext() {
            if (order.isEmpty()) {
                throw new NoSuchElementException("queue empty");
            }
            String name = order.pollFirst();
            Runnable task = byName.remove(name);
            if (order.isEmpty()) {
                byName = null;
            }
            task.run(); // the queue is consistent before user code runs (it may re-submit)
            return name;
        }

        public boolean cancel(String name) {
            if (order.isEmpty() || byName.remove(name) == null) {
                return false;
            }
            order.remove(name);
            if (order.isEmpty()) {
                byName = null;
            }
            return true;
        }

        public List<String> pending() {
            return new ArrayList<>(order);
        }

        public void cancelAll() {
            order.clear();
            byName = null;
        }
    }

    public static void main(String[] args) {
        TaskQueue queue = new TaskQueue();
        List<String> log = new ArrayList<>();

        // Phase 1: before the map exists.
        check(!queue.contains("a") && !queue.cancel("a") && queue.pending().isEmpty(), "empty");
        expect(NoSuchElementException.class, queue::runNext);
        expect(IllegalArgumentException.class, () -> queue.submit("a", null));

        // Phase 2: while it exists (a task re-submits itself once, draining then refilling).
        queue.submit("compile", () -> log.add("compile"));
        queue.submit("test", () -> {
            log.add("test");
            if (!queue.contains("retry")) {
                queue.submit("retry", () -> log.add("retry"));
            }
        });
        expect(IllegalArgumentException.class, () -> queue.submit("test", () -> { }));
        check(queue.runNext().equals("compile") && queue.runNext().equals("test"), "fifo");
        check(queue.pending().equals(List.of("retry")) && queue.runNext().equals("retry"), "resubmitted");
        check(log.equals(List.of("compile", "test", "retry")), "log");

        // Phase 3: after it has been dropped (twice: by draining and by cancelAll).
        check(!queue.contains("retry"), "drained");
        queue.submit("lint", () -> log.add("lint"));
        check(queue.cancel("lint") && !queue.cancel("lint"), "cancelled last task");
        queue.cancelAll();
        queue.cancelAll();
        expect(NoSuchElementException.class, queue::runNext);

        // Phase 4: after it has been created again.
        queue.submit("package", () -> log.add("package"));
        queue.submit("deploy", () -> log.add("deploy"));
        check(queue.cancel("package") && queue.contains("deploy"), "partial cancel");
        check(queue.runNext().equals("deploy") && log.get(log.size() - 1).equals("deploy"), "deploy ran");
        System.out.println("SG26TaskQueue ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
