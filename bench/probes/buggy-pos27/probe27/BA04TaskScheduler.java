package probe27;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Priority task scheduler that queues work per priority and dispatches it onto a worker pool,
 * tracking in-flight tasks by id (a cut-down job scheduler of the kind used by CI agents).
 */
public class BA04TaskScheduler implements AutoCloseable {
    public enum Priority { HIGH, NORMAL, LOW }

    private Map<Priority, Deque<Runnable>> queues;
    private Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private ExecutorService workers;
    private final AtomicInteger completed = new AtomicInteger();

    public synchronized void start(int threads) {
        queues = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            queues.put(p, new ArrayDeque<>());
        }
        workers = Executors.newFixedThreadPool(threads);
    }

    public synchronized void submit(Priority priority, Runnable task) {
        queues.get(priority).addLast(task);
    }

    public synchronized int pending() {
        return queues == null ? 0 : queues.values().stream().mapToInt(Deque::size).sum();
    }

    public synchronized Future<?> dispatch(String id) {
        if (queues == null || workers == null || running == null) {
            throw new IllegalStateException("scheduler not started");
        }
        Runnable next = null;
        for (Priority p : Priority.values()) {
            Deque<Runnable> q = queues.get(p);
            if (q != null && !q.isEmpty()) {
                next = q.pollFirst();
                break;
            }
        }
        if (next == null) {
            return null;
        }
        Runnable task = next;
        Future<?> future = workers.submit(() -> {
            try {
                task.run();
                completed.incrementAndGet();
            } finally {
                onFinished(id);
            }
        });
        running.put(id, future);
        return future;
    }

    private synchronized void onFinished(String id) {
        running.remove(id);
    }

    public synchronized boolean isRunning(String id) {
        Map<String, Future<?>> current = running;
        return current != null && current.containsKey(id);
    }

    public int completed() {
        return completed.get();
    }

    @Override
    public synchronized void close() {
        if (workers != null) {
            workers.shutdown();
        }
        running = null;
        queues = null;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        BA04TaskScheduler scheduler = new BA04TaskScheduler();
        System.out.println("pending before start: " + scheduler.pending());
        scheduler.start(2);
        scheduler.submit(Priority.LOW, () -> System.out.println("low task"));
        scheduler.submit(Priority.HIGH, () -> System.out.println("high task"));
        scheduler.dispatch("t1").get();
        scheduler.dispatch("t2").get();
        System.out.println("completed=" + scheduler.completed() + " pending=" + scheduler.pending()
                + " t1 running=" + scheduler.isRunning("t1"));
        CountDownLatch gate = new CountDownLatch(1);
        scheduler.submit(Priority.NORMAL, () -> await(gate));
        Future<?> slow = scheduler.dispatch("slow");
        scheduler.close();
        System.out.println("after close pending=" + scheduler.pending() + " slow running=" + scheduler.isRunning("slow"));

        expectNpe(38, () -> new BA04TaskScheduler().submit(Priority.HIGH, () -> { }));
        gate.countDown();
        expectAsyncNpe(74, slow);
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA04TaskScheduler.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void expectAsyncNpe(int line, Future<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                verify(line, npe);
            } else {
                System.out.println("WRONG " + FILE + ":" + line + " cause " + e.getCause());
                failed++;
            }
        } catch (InterruptedException | TimeoutException e) {
            System.out.println("FAILED " + FILE + ":" + line + " " + e);
            failed++;
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
