package probe23;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Session registry for a websocket endpoint. The session map exists only while the endpoint is
 * started. Every operation goes through {@link #withSessions}, which hands the map to the action
 * only when it exists. Safe for concurrent use.
 */
public final class X13SessionManager {

    /** A connected peer. */
    static final class Session {
        final String id;
        final List<String> outbox = new ArrayList<>();
        volatile boolean open = true;

        Session(String id) {
            this.id = id;
        }

        synchronized void send(String text) {
            if (open) {
                outbox.add(text);
            }
        }

        void close() {
            open = false;
        }
    }

    private volatile ConcurrentHashMap<String, Session> sessions;

    public synchronized void start() {
        if (sessions == null) {
            sessions = new ConcurrentHashMap<>();
        }
    }

    public void stop() {
        ConcurrentHashMap<String, Session> old;
        synchronized (this) {
            old = sessions;
            sessions = null;
        }
        if (old != null) {
            old.values().forEach(Session::close);
        }
    }

    private boolean withSessions(Consumer<ConcurrentHashMap<String, Session>> action) {
        ConcurrentHashMap<String, Session> live = sessions;
        if (live == null) {
            return false;
        }
        action.accept(live);
        return true;
    }

    public boolean open(String id) {
        return withSessions(m -> m.putIfAbsent(id, new Session(id)));
    }

    public boolean close(String id) {
        return withSessions(m -> {
            Session s = m.remove(id);
            if (s != null) {
                s.close();
            }
        });
    }

    public int broadcast(String text) {
        int[] delivered = {0};
        withSessions(m -> m.values().forEach(s -> {
            s.send(text);
            delivered[0]++;
        }));
        return delivered[0];
    }

    public int count() {
        int[] n = {0};
        withSessions(m -> n[0] = m.size());
        return n[0];
    }

    public static void main(String[] args) throws InterruptedException {
        X13SessionManager manager = new X13SessionManager();
        System.out.println("stopped: open=" + manager.open("a") + " broadcast=" + manager.broadcast("hi")
                + " count=" + manager.count() + " close=" + manager.close("a"));
        manager.start();
        Thread[] clients = new Thread[4];
        for (int i = 0; i < clients.length; i++) {
            String id = "peer-" + i;
            clients[i] = new Thread(() -> {
                manager.open(id);
                manager.broadcast("joined " + id);
            });
            clients[i].start();
        }
        for (Thread c : clients) {
            c.join();
        }
        System.out.println("started: count=" + manager.count() + " close=" + manager.close("peer-0")
                + " broadcast=" + manager.broadcast("bye"));
        manager.stop();
        manager.stop();
        System.out.println("stopped again: count=" + manager.count() + " broadcast=" + manager.broadcast("x"));
    }
}
