package probe30;

import java.util.Optional;
import java.util.TreeMap;

/** Token-based session registry with an explicit NEW -> RUNNING -> STOPPED lifecycle. */
public final class T03SessionRegistry {
    public enum State { NEW, RUNNING, STOPPED }

    private State state = State.NEW;
    private TreeMap<String, String> sessions; // token -> user; exists only in RUNNING
    private long sequence;

    public State state() {
        return state;
    }

    public void start() {
        if (state != State.NEW) throw new IllegalStateException("cannot start from " + state);
        sessions = new TreeMap<>();
        state = State.RUNNING;
    }

    public String login(String user) {
        switch (state()) {
            case RUNNING -> {
                String token = user + "-" + (++sequence);
                sessions.put(token, user);
                return token;
            }
            case NEW -> throw new IllegalStateException("registry not started");
            default -> throw new IllegalStateException("registry stopped");
        }
    }

    public Optional<String> userOf(String token) {
        return switch (state()) {
            case RUNNING -> Optional.ofNullable(sessions.get(token));
            case NEW, STOPPED -> Optional.empty();
        };
    }

    public boolean logout(String token) {
        if (state() != State.RUNNING) return false;
        return sessions.remove(token) != null;
    }

    public int activeCount() {
        return state() == State.RUNNING ? sessions.size() : 0;
    }

    public void stop() {
        if (state == State.RUNNING) sessions = null;
        state = State.STOPPED;
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T03SessionRegistry reg = new T03SessionRegistry();
        assert reg.state() == State.NEW;
        expectFailure(() -> reg.login("ada"));
        assert reg.userOf("ada-1").isEmpty();
        assert !reg.logout("ada-1");
        assert reg.activeCount() == 0;

        reg.start();
        expectFailure(reg::start);
        String t1 = reg.login("ada");
        String t2 = reg.login("bob");
        assert reg.userOf(t1).orElseThrow().equals("ada");
        assert reg.activeCount() == 2;
        assert reg.logout(t2) && !reg.logout(t2);
        assert reg.userOf(t2).isEmpty();

        reg.stop();
        assert reg.state() == State.STOPPED;
        expectFailure(() -> reg.login("carol"));
        assert reg.userOf(t1).isEmpty();
        assert !reg.logout(t1);
        assert reg.activeCount() == 0;
        expectFailure(reg::start);
        reg.stop();

        T03SessionRegistry never = new T03SessionRegistry();
        never.stop(); // NEW -> STOPPED without ever allocating
        assert never.activeCount() == 0 && never.userOf("x").isEmpty();
        expectFailure(() -> never.login("x"));
        System.out.println("T03 ok");
    }
}
