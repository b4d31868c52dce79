package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** User session service with a start/stop lifecycle. */
public class K08SessionService {

    public enum State { NEW, STARTED, STOPPED }

    private State state = State.NEW;
    private ConcurrentMap<String, String> sessions;
    private final String realm;

    public K08SessionService(String realm) {
        this.realm = realm;
    }

    public synchronized void start() {
        if (state != State.NEW) {
            throw new IllegalStateException("cannot start from " + state);
        }
        sessions = new ConcurrentHashMap<>();
        state = State.STARTED;
    }

    private void requireStarted() {
        if (state != State.STARTED) {
            throw new IllegalStateException(realm + " service is " + state);
        }
    }

    public synchronized String login(String user) {
        requireStarted();
        String token = UUID.nameUUIDFromBytes((realm + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString().substring(0, 8);
        sessions.put(token, user);
        return token;
    }

    public synchronized String whoIs(String token) {
        requireStarted();
        return sessions.getOrDefault(token, "anonymous");
    }

    public synchronized boolean logout(String token) {
        requireStarted();
        return sessions.remove(token) != null;
    }

    public synchronized List<String> activeUsers() {
        List<String> users = new ArrayList<>();
        if (state == State.STARTED) {
            users.addAll(sessions.values());
            users.sort(null);
        }
        return users;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized void stop() {
        if (state == State.STOPPED) {
            return;
        }
        if (state == State.STARTED) {
            sessions.clear();
        }
        sessions = null;
        state = State.STOPPED;
    }

    public static void main(String[] args) {
        K08SessionService svc = new K08SessionService("corp");
        System.out.println(svc.state() + " users=" + svc.activeUsers());
        try {
            svc.login("ada");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        svc.start();
        String a = svc.login("ada");
        String b = svc.login("bob");
        System.out.println(svc.whoIs(a) + " " + svc.whoIs(b) + " " + svc.whoIs("nope"));
        System.out.println("users=" + svc.activeUsers());
        System.out.println("logout=" + svc.logout(a) + " again=" + svc.logout(a));
        try {
            svc.start();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        svc.stop();
        svc.stop();
        System.out.println(svc.state() + " users=" + svc.activeUsers());
        for (Runnable r : List.<Runnable>of(() -> svc.whoIs(b), () -> svc.logout(b), svc::start)) {
            try {
                r.run();
            } catch (IllegalStateException expected) {
                System.out.println("rejected: " + expected.getMessage());
            }
        }
        K08SessionService never = new K08SessionService("idle");
        never.stop();
        System.out.println(never.state() + " " + never.activeUsers());
    }
}
