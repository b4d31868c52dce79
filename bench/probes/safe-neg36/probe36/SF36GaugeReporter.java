package probe36;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Gauge reporter of a telemetry agent with a background export thread. start() creates the gauge map before
 * starting the thread; stop() joins the thread before dropping the map. So whenever the worker thread is
 * alive the map exists, and the public API checks Thread.isAlive() only. The worker itself receives the
 * map as a parameter.
 */
public final class SF36GaugeReporter {
    private record Command(boolean stop, CompletableFuture<Integer> reply) { }

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final List<String> exported = Collections.synchronizedList(new ArrayList<>());
    private Thread worker = new Thread(() -> { }, "gauge-reporter-unstarted"); // never started
    private ConcurrentHashMap<String, Double> gauges; // exists while the worker thread is alive

    public synchronized void start() {
        if (worker.isAlive()) {
            throw new IllegalStateException("reporter already running");
        }
        ConcurrentHashMap<String, Double> table = new ConcurrentHashMap<>();
        gauges = table;
        Thread thread = new Thread(() -> exportLoop(table), "gauge-reporter");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    private void exportLoop(ConcurrentHashMap<String, Double> table) {
        while (true) {
            Command command;
            try {
                command = commands.take();
            } catch (InterruptedException e) {
                return;
            }
            if (command.stop()) {
                command.reply().complete(0);
                return;
            }
            int count = 0;
            for (Map.Entry<String, Double> gauge : new TreeMap<>(table).entrySet()) {
                exported.add(gauge.getKey() + "=" + gauge.getValue());
                count++;
            }
            command.reply().complete(count);
        }
    }

    public synchronized void set(String name, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN gauge value for " + name);
        }
        if (!worker.isAlive()) {
            throw new IllegalStateException("reporter not running");
        }
        gauges.put(name, value);
    }

    public synchronized double get(String name) {
        if (!worker.isAlive()) {
            throw new IllegalStateException("reporter not running");
        }
        Double value = gauges.get(name);
        if (value == null) {
            throw new NoSuchElementException("no gauge " + name);
        }
        return value;
    }

    public synchronized int flush() {
        if (!worker.isAlive()) {
            throw new IllegalStateException("reporter not running");
        }
        CompletableFuture<Integer> reply = new CompletableFuture<>();
        commands.add(new Command(false, reply));
        return reply.orTimeout(10, TimeUnit.SECONDS).join();
    }

    public synchronized void stop() {
        if (!worker.isAlive()) {
            throw new IllegalStateException("reporter not running");
        }
        CompletableFuture<Integer> reply = new CompletableFuture<>();
        commands.add(new Command(true, reply));
        reply.orTimeout(10, TimeUnit.SECONDS).join();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the reporter", e);
        }
        gauges = null;
    }

    public static void main(String[] args) {
        SF36GaugeReporter reporter = new SF36GaugeReporter();
        // Phase 1: never started.
        expect(IllegalStateException.class, () -> reporter.set("cpu", 0.5));
        expect(IllegalStateException.class, () -> reporter.get("cpu"));
        expect(IllegalStateException.class, reporter::flush);
        expect(IllegalStateException.class, reporter::stop);
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): running.
            reporter.start();
            expect(IllegalStateException.class, reporter::start);
            expect(NoSuchElementException.class, () -> reporter.get("cpu"));
            reporter.set("cpu", 0.25 + cycle);
            reporter.set("heap", 512.0);
            expect(IllegalArgumentException.class, () -> reporter.set("bad", Double.NaN));
            check(reporter.get("cpu") == 0.25 + cycle && reporter.flush() == 2, "two gauges exported");
            // Phase 3: stopped (twice over the loop).
            reporter.stop();
            expect(IllegalStateException.class, () -> reporter.set("cpu", 1.0));
            expect(IllegalStateException.class, () -> reporter.get("heap"));
            expect(IllegalStateException.class, reporter::flush);
            expect(IllegalStateException.class, reporter::stop);
        }
        check(reporter.exported.equals(List.of("cpu=0.25", "heap=512.0", "cpu=1.25", "heap=512.0")), "export log " + reporter.exported);
        reporter.start();
        expect(NoSuchElementException.class, () -> reporter.get("heap"));
        reporter.stop();
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
