package probe24b;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public class J06IotGateway {

    record Reading(String deviceId, double value) { }

    static final class Device {
        final String id;
        long lastSeen;
        boolean online = true;

        Device(String id, long lastSeen) { this.id = id; this.lastSeen = lastSeen; }
    }

    static final class Scheduler {
        private final List<Runnable> tasks = new ArrayList<>();
        void every(Runnable task) { tasks.add(task); }
        void tick() { tasks.forEach(Runnable::run); }
    }

    private static final Map<String, ConcurrentMap<String, Deque<Reading>>> TENANT_BUFFERS = new ConcurrentHashMap<>();

    static {
        TENANT_BUFFERS.put("acme", new ConcurrentHashMap<>());
        TENANT_BUFFERS.put("globex", new ConcurrentHashMap<>());
    }

    private ConcurrentHashMap<String, Device> devices = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Deque<Reading>> buffers;
    private long clock;
    private int flushed;

    J06IotGateway(String tenant, Scheduler scheduler) {
        this.buffers = TENANT_BUFFERS.get(tenant);
        scheduler.every(() -> {
            clock++;
            devices.forEach((id, d) -> d.online = clock - d.lastSeen < 3); // BUG
        });
        scheduler.every(() -> {
            ConcurrentHashMap<String, Device> current = devices;
            if (current != null) {
                flushed += current.size();
            }
        });
    }

    void register(String id) {
        ConcurrentHashMap<String, Device> current = devices;
        if (current == null) throw new IllegalStateException("gateway disconnected");
        current.put(id, new Device(id, clock));
    }

    void heard(String id) {
        if (devices != null) {
            Device d = devices.get(id);
            if (d != null) d.lastSeen = clock;
        }
    }

    boolean isOnline(String id) {
        ConcurrentHashMap<String, Device> current = devices;
        Device d = current == null ? null : current.get(id);
        return d != null && d.online;
    }

    void record(Reading r) {
        buffers.computeIfAbsent(r.deviceId(), k -> new ArrayDeque<>()).add(r); // BUG
    }

    int pending(String deviceId) {
        if (buffers == null) {
            return 0;
        }
        Deque<Reading> q = buffers.get(deviceId);
        return q == null ? 0 : q.size();
    }

    void disconnect() { devices = null; }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        Scheduler scheduler = new Scheduler();
        J06IotGateway gw = new J06IotGateway("acme", scheduler);
        gw.register("thermo-1");
        gw.register("door-2");
        scheduler.tick();
        scheduler.tick();
        gw.heard("thermo-1");
        scheduler.tick();
        scheduler.tick();
        assert gw.isOnline("thermo-1") && !gw.isOnline("door-2") && gw.flushed == 8;
        gw.record(new Reading("thermo-1", 21.5));
        gw.record(new Reading("thermo-1", 21.7));
        assert gw.pending("thermo-1") == 2 && gw.pending("door-2") == 0;
        J06IotGateway unknown = new J06IotGateway("initech", new Scheduler());
        assert unknown.pending("x") == 0 && !unknown.isOnline("x");
        gw.disconnect();
        gw.heard("thermo-1");
        assert !gw.isOnline("thermo-1") && gw.pending("thermo-1") == 2;

        try {
            scheduler.tick();
            missed(45);
        } catch (NullPointerException e) { report(e, 45); }
        try {
            unknown.record(new Reading("x", 1.0));
            missed(75);
        } catch (NullPointerException e) { report(e, 75); }
    }

    private static final String FILE = "J06IotGateway.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
