package probe19;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Batch job runner that processes items and keeps per-item results until reset. */
public class M34BatchJobRunner {
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int FINISHED = 2;

    private int state = IDLE;
    private Map<String, Integer> results;
    private int failures;

    public boolean start() {
        if (state != IDLE) {
            return false;
        }
        results = new LinkedHashMap<>();
        failures = 0;
        state = RUNNING;
        return true;
    }

    public int process(List<String> items, ToIntFunction<String> work) {
        if (state != RUNNING) {
            return 0;
        }
        Map<String, Integer> sink = results;
        int done = 0;
        for (String item : items) {
            try {
                sink.put(item, work.applyAsInt(item));
                done++;
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return done;
    }

    public void finish() {
        if (state == RUNNING) {
            state = FINISHED;
        }
    }

    public String summary() {
        switch (state) {
            case RUNNING:
                return "running, " + results.size() + " done, " + failures + " failed";
            case FINISHED:
                int total = 0;
                for (int v : results.values()) {
                    total += v;
                }
                return "finished: " + results + " total=" + total;
            default:
                return "idle";
        }
    }

    public void reset() {
        state = IDLE;
        results = null;
    }

    public static void main(String[] args) {
        M34BatchJobRunner runner = new M34BatchJobRunner();
        System.out.println(runner.summary() + " " + runner.process(List.of("a"), String::length));
        runner.finish();
        System.out.println(runner.start() + " " + runner.start());
        runner.process(List.of("alpha", "beta", "", "gamma"), s -> 10 / s.length());
        System.out.println(runner.summary());
        runner.finish();
        runner.finish();
        System.out.println(runner.summary() + " " + runner.process(List.of("late"), String::length) + " " + runner.start());
        runner.reset();
        runner.reset();
        System.out.println(runner.summary());
        runner.start();
        runner.process(List.of("x"), String::length);
        runner.finish();
        System.out.println(runner.summary());
        runner.reset();
        runner.start();
        runner.process(List.of("p", "q"), s -> {
            runner.reset();
            return 1;
        });
        System.out.println(runner.summary() + " " + runner.start());
    }
}
