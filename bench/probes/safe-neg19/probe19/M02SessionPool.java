package probe19;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bounded pool of user sessions with an explicit open/close lifecycle. */
public class M02SessionPool {
    enum State { NEW, OPEN, CLOSED }

    public record Session(String id, String user) {}

    private final int capacity;
    private State state = State.NEW;
    private Map<String, Session> active;
    private int sequence;

    public M02SessionPool(int capacity) {
        this.capacity = capacity;
    }

    public void open() {
        if (state == State.OPEN) {
            return;
        }
        active = new LinkedHashMap<>();
        state = State.OPEN;
    }

    public Optional<Session> acquire(String user) {
        if (state != State.OPEN || active.size() >= capacity) {
            return Optional.empty();
        }
        Session s = new Session("s-" + (++sequence), user);
        active.put(s.id(), s);
        return Optional.of(s);
    }

    public boolean release(String id) {
        if (state != State.OPEN) {
            return false;
        }
        return active.remove(id) != null;
    }

    public int activeCount() {
        return state == State.OPEN ? active.size() : 0;
    }

    public List<String> usersOnline() {
        List<String> users = new ArrayList<>();
        if (state == State.OPEN) {
            active.forEach((id, s) -> users.add(s.user()));
        }
        return users;
    }

    public void close() {
        if (state == State.OPEN) {
            active.clear();
            active = null;
        }
        state = State.CLOSED;
    }

    public static void main(String[] args) {
        M02SessionPool pool = new M02SessionPool(2);
        System.out.println(pool.acquire("early") + " " + pool.activeCount() + " " + pool.release("s-1"));
        pool.close();
        pool.open();
        pool.open();
        Optional<Session> a = pool.acquire("alice");
        pool.acquire("bob");
        System.out.println(pool.acquire("carol").isPresent() + " " + pool.usersOnline());
        a.ifPresent(s -> System.out.println("released " + pool.release(s.id())));
        pool.close();
        pool.close();
        System.out.println(pool.usersOnline() + " " + pool.activeCount() + " " + pool.release("s-2"));
        pool.open();
        System.out.println(pool.acquire("dave").map(Session::id).orElse("none"));
    }
}
