package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A gRPC-style managed channel that tracks in-flight calls. */
public class BD06ManagedChannel {

    interface Transport {
        void connect(String target, Consumer<Map<String, Integer>> onReady);
    }

    final class Call {
        private final int id;
        private final String method;

        Call(int id, String method) {
            this.id = id;
            this.method = method;
        }

        String complete(String response) {
            activeCalls.remove(id);
            return method + " -> " + response;
        }
    }

    private final String target;
    private final Transport transport;
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> events = new ArrayList<>();
    private volatile Map<Integer, Call> activeCalls = new ConcurrentHashMap<>();
    private volatile Map<String, Integer> serverSettings;

    BD06ManagedChannel(String target, Transport transport) {
        this.target = target;
        this.transport = transport;
    }

    void connect() {
        events.add("connecting to " + target);
        transport.connect(target, settings -> serverSettings = new HashMap<>(settings));
    }

    boolean isReady() {
        return serverSettings != null;
    }

    int maxConcurrentStreams() {
        return serverSettings.getOrDefault("MAX_CONCURRENT_STREAMS", 100);
    }

    Call newCall(String method) {
        Map<Integer, Call> calls = activeCalls;
        if (calls == null) {
            throw new IllegalStateException("channel is shut down");
        }
        Call call = new Call(ids.incrementAndGet(), method);
        calls.put(call.id, call);
        return call;
    }

    int inFlight() {
        Map<Integer, Call> calls = activeCalls;
        return calls == null ? 0 : calls.size();
    }

    void shutdownNow() {
        events.add("shutdownNow with " + inFlight() + " call(s) in flight");
        activeCalls = null;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "grpc-worker");
            t.setDaemon(true);
            return t;
        });
        Transport healthy = (t, onReady) -> onReady.accept(Map.of("MAX_CONCURRENT_STREAMS", 8));
        BD06ManagedChannel channel = new BD06ManagedChannel("dns:///orders:443", healthy);
        channel.connect();
        System.out.println("ready=" + channel.isReady() + " maxStreams=" + channel.maxConcurrentStreams());
        Call call = channel.newCall("orders.Get");
        System.out.println("in flight " + channel.inFlight());
        System.out.println(pool.submit(() -> call.complete("OK")).get() + ", in flight " + channel.inFlight());
        Transport refused = (t, onReady) -> System.out.println("connection refused: " + t);
        BD06ManagedChannel offline = new BD06ManagedChannel("dns:///billing:443", refused);
        offline.connect();
        System.out.println("offline ready=" + offline.isReady() + " in flight " + offline.inFlight());

        Call pending = channel.newCall("orders.Stream");
        channel.shutdownNow();
        System.out.println("after shutdown in flight " + channel.inFlight() + " " + channel.events);
        try {
            pool.submit(() -> pending.complete("CANCELLED")).get();
            noNpe("completing a call after shutdownNow");
        } catch (NullPointerException e) {
            expect(e, 31);
        } catch (ExecutionException e) {
            expect(e.getCause(), 31);
        } finally {
            pool.shutdown();
        }
        try {
            System.out.println("offline max streams " + offline.maxConcurrentStreams());
            noNpe("settings of a channel that never became ready");
        } catch (NullPointerException e) {
            expect(e, 58);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD06ManagedChannel.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
