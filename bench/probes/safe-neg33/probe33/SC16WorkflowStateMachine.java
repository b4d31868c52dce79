package probe33;

import java.util.EnumMap;
import java.util.Map;

/**
 * A job/workflow state machine (think Spring StateMachine or a CI runner). Step
 * statistics are collected in a map that exists only in the RUNNING and PAUSED states.
 * Every public method switches over the state enum instead of looking at the map.
 */
public class SC16WorkflowStateMachine {

    public enum State { CREATED, RUNNING, PAUSED, FINISHED }

    public enum Step { CHECKOUT, BUILD, TEST, DEPLOY }

    private State state = State.CREATED;
    private Map<Step, Integer> attempts;
    private String summary = "";

    public State state() {
        return state;
    }

    public void start() {
        switch (state) {
            case CREATED, FINISHED -> {
                attempts = new EnumMap<>(Step.class);
                state = State.RUNNING;
            }
            case RUNNING, PAUSED -> throw new IllegalStateException("already started");
        }
    }

    public void run(Step step) {
        switch (state) {
            case RUNNING -> attempts.merge(step, 1, Integer::sum);
            case PAUSED -> throw new IllegalStateException("paused");
            case CREATED, FINISHED -> throw new IllegalStateException("not running");
        }
    }

    public void pause() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("cannot pause in " + state);
        }
        state = State.PAUSED;
    }

    public void resume() {
        if (state != State.PAUSED) {
            throw new IllegalStateException("cannot resume in " + state);
        }
        state = State.RUNNING;
    }

    public int attemptsOf(Step step) {
        return switch (state) {
            case RUNNING, PAUSED -> attempts.getOrDefault(step, 0);
            case CREATED, FINISHED -> 0;
        };
    }

    public String finish() {
        switch (state) {
            case RUNNING, PAUSED -> {
                summary = attempts.toString();
                attempts = null;
                state = State.FINISHED;
            }
            case CREATED, FINISHED -> {
                // nothing to finish; keep the previous summary
            }
        }
        return summary;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void expectIse(Runnable r) {
        try {
            r.run();
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
    }

    private static void idlePhase(SC16WorkflowStateMachine m) {
        expectIse(() -> m.run(Step.BUILD));
        expectIse(m::pause);
        expectIse(m::resume);
        check(m.attemptsOf(Step.BUILD) == 0, "no attempts");
    }

    public static void main(String[] args) {
        SC16WorkflowStateMachine m = new SC16WorkflowStateMachine();
        idlePhase(m);
        check(m.finish().isEmpty() && m.state() == State.CREATED, "created");

        m.start();
        expectIse(m::start);
        m.run(Step.CHECKOUT);
        m.run(Step.BUILD);
        m.run(Step.BUILD);
        m.pause();
        expectIse(() -> m.run(Step.TEST));
        check(m.attemptsOf(Step.BUILD) == 2 && m.state() == State.PAUSED, "paused stats");
        m.resume();
        m.run(Step.TEST);
        check(m.attemptsOf(Step.TEST) == 1, "test once");

        check(m.finish().equals("{CHECKOUT=1, BUILD=2, TEST=1}"), "summary");
        idlePhase(m);
        check(m.finish().equals("{CHECKOUT=1, BUILD=2, TEST=1}"), "summary kept");
        idlePhase(m);

        m.start();
        m.run(Step.DEPLOY);
        check(m.attemptsOf(Step.DEPLOY) == 1 && m.attemptsOf(Step.BUILD) == 0, "fresh run");
        m.pause();
        check(m.finish().equals("{DEPLOY=1}") && m.state() == State.FINISHED, "finished from paused");
        System.out.println("SC16 ok");
    }
}
