package probe23;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Listener support that holds listeners weakly, so forgotten listeners do not leak. The registry
 * map exists only while at least one listener is registered. Events are delivered outside the lock
 * from a snapshot taken inside it. Thread-safe.
 *
 * @param <E> event type
 */
public final class X28ListenerSupport<E> {

    /** Guarded by {@code this}; null while nobody listens. */
    private WeakHashMap<Consumer<? super E>, Boolean> listeners;

    public synchronized void addListener(Consumer<? super E> listener) {
        Objects.requireNonNull(listener, "listener");
        if (listeners == null) {
            listeners = new WeakHashMap<>(4);
        }
        listeners.put(listener, Boolean.TRUE);
    }

    public synchronized void removeListener(Consumer<? super E> listener) {
        if (listeners == null) {
            return;
        }
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            listeners = null;
        }
    }

    public synchronized int listenerCount() {
        return listeners == null ? 0 : listeners.size();
    }

    /** Delivers the event to every listener registered when the call started. */
    public int fire(E event) {
        List<Consumer<? super E>> snapshot;
        synchronized (this) {
            if (listeners == null) {
                return 0;
            }
            snapshot = new ArrayList<>(listeners.keySet());
        }
        for (Consumer<? super E> l : snapshot) {
            l.accept(event);
        }
        return snapshot.size();
    }

    public static void main(String[] args) throws InterruptedException {
        X28ListenerSupport<String> support = new X28ListenerSupport<>();
        System.out.println("no listeners: delivered=" + support.fire("boot"));
        support.removeListener(s -> { });

        List<String> log = new ArrayList<>();
        Consumer<String> audit = s -> log.add("audit:" + s);
        Consumer<Object> oneShot = new Consumer<>() {
            @Override
            public void accept(Object s) {
                log.add("once:" + s);
                support.removeListener(this);
            }
        };
        support.addListener(audit);
        support.addListener(oneShot);
        System.out.println("delivered=" + support.fire("started") + " then=" + support.fire("running")
                + " count=" + support.listenerCount());

        Thread t = new Thread(() -> support.fire("from-worker"));
        t.start();
        t.join();
        support.removeListener(audit);
        System.out.println("after removal: delivered=" + support.fire("stopped") + " count="
                + support.listenerCount() + " log=" + log);
    }
}
