package probe23;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records bytes per channel into a registry shared by many recorders. Each recorder is confined to
 * one I/O thread and caches the group it wrote to last; the registry itself is concurrent. The
 * cached group is obtained with the classic {@code putIfAbsent} idiom.
 */
public final class X11ChannelRecorder {

    private final ConcurrentMap<String, ConcurrentMap<String, LongAdder>> registry;
    private String currentName;
    private ConcurrentMap<String, LongAdder> current;

    public X11ChannelRecorder(ConcurrentMap<String, ConcurrentMap<String, LongAdder>> registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public void record(String group, String channel, long bytes) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(channel, "channel");
        if (current == null || !currentName.equals(group)) {
            ConcurrentMap<String, LongAdder> created = new ConcurrentHashMap<>();
            ConcurrentMap<String, LongAdder> raced = registry.putIfAbsent(group, created);
            current = raced != null ? raced : created;
            currentName = group;
        }
        current.computeIfAbsent(channel, c -> new LongAdder()).add(bytes);
    }

    public int channelsInCurrentGroup() {
        return current == null ? 0 : current.size();
    }

    /** Removes the group from the shared registry and forgets it if it was cached. */
    public void drop(String group) {
        registry.remove(group);
        if (group != null && group.equals(currentName)) {
            current = null;
            currentName = null;
        }
    }

    static long total(Map<String, ? extends Map<String, LongAdder>> registry, String group) {
        Map<String, LongAdder> channels = registry.get(group);
        if (channels == null) {
            return 0;
        }
        return channels.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentMap<String, ConcurrentMap<String, LongAdder>> registry = new ConcurrentHashMap<>();
        Thread[] workers = new Thread[3];
        for (int t = 0; t < workers.length; t++) {
            final int id = t;
            workers[t] = new Thread(() -> {
                X11ChannelRecorder r = new X11ChannelRecorder(registry);
                for (int i = 0; i < 1000; i++) {
                    r.record(i % 2 == 0 ? "ingress" : "egress", "ch-" + (i % 4), id + 1);
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.println("ingress=" + total(registry, "ingress") + " egress=" + total(registry, "egress"));

        X11ChannelRecorder recorder = new X11ChannelRecorder(registry);
        System.out.println("fresh recorder channels=" + recorder.channelsInCurrentGroup());
        recorder.record("ingress", "ch-9", 5);
        System.out.println("cached channels=" + recorder.channelsInCurrentGroup());
        recorder.drop("ingress");
        System.out.println("after drop channels=" + recorder.channelsInCurrentGroup()
                + " ingress=" + total(registry, "ingress"));
        recorder.drop("unknown");
        recorder.record("ingress", "ch-0", 7);
        System.out.println("recreated ingress=" + total(registry, "ingress"));
    }
}
