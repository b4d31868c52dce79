package probe23;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tomcat-style connector lifecycle. The endpoint map exists exactly while the state lies between
 * INITIALIZED and STOPPING (inclusive); operations test that range with {@code compareTo} on the
 * state enum rather than testing the map. All methods are synchronized.
 */
public final class X36ConnectorLifecycle {

    enum State { NEW, INITIALIZED, STARTED, STOPPING, STOPPED, DESTROYED }

    private State state = State.NEW;
    private Map<String, Integer> endpoints;

    public synchronized void init() {
        if (state != State.NEW) {
            throw new IllegalStateException("init() in state " + state);
        }
        endpoints = new LinkedHashMap<>();
        state = State.INITIALIZED;
    }

    public synchronized void start() {
        if (state != State.INITIALIZED) {
            throw new IllegalStateException("start() in state " + state);
        }
        state = State.STARTED;
    }

    public synchronized void stop() {
        if (state != State.STARTED) {
            return;
        }
        state = State.STOPPING;
        endpoints.forEach((name, port) -> System.out.println("  unbinding " + name + ":" + port));
        endpoints = null;
        state = State.STOPPED;
    }

    public synchronized void destroy() {
        stop();
        state = State.DESTROYED;
        endpoints = null;
    }

    private boolean configurable() {
        return state.compareTo(State.INITIALIZED) >= 0 && state.compareTo(State.STOPPING) <= 0;
    }

    public synchronized boolean bind(String name, int port) {
        if (state.compareTo(State.INITIALIZED) < 0 || state.compareTo(State.STOPPING) >= 0) {
            return false;
        }
        endpoints.put(name, port);
        return true;
    }

    public synchronized int port(String name) {
        if (!configurable()) {
            return -1;
        }
        return endpoints.getOrDefault(name, -1);
    }

    public synchronized String describe() {
        return state + (configurable() ? " " + endpoints : "");
    }

    public static void main(String[] args) {
        X36ConnectorLifecycle connector = new X36ConnectorLifecycle();
        System.out.println(connector.describe() + " bind=" + connector.bind("http", 8080) + " port=" + connector.port("http"));
        connector.init();
        connector.bind("http", 8080);
        connector.start();
        connector.bind("https", 8443);
        System.out.println(connector.describe() + " https=" + connector.port("https") + " ajp=" + connector.port("ajp"));
        connector.stop();
        System.out.println(connector.describe() + " bind=" + connector.bind("ajp", 8009) + " port=" + connector.port("http"));
        connector.stop();
        connector.destroy();
        System.out.println(connector.describe());
        try {
            connector.start();
        } catch (IllegalStateException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
