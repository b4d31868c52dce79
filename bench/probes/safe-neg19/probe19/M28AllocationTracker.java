package probe19;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Leak detector that tracks live buffer objects by identity while armed. */
public class M28AllocationTracker {
    public enum Status { IDLE, ARMED, DISARMED }

    private final AtomicReference<Status> status = new AtomicReference<>(Status.IDLE);
    private IdentityHashMap<Object, String> live;
    private final List<String> leaks = new ArrayList<>();

    public synchronized void arm() {
        if (status.get() == Status.ARMED) {
            return;
        }
        live = new IdentityHashMap<>();
        status.set(Status.ARMED);
    }

    public synchronized void allocated(Object buffer, String site) {
        if (status.get() != Status.ARMED) {
            return;
        }
        live.put(buffer, site);
    }

    public synchronized boolean freed(Object buffer) {
        if (status.get() != Status.ARMED) {
            return false;
        }
        return live.remove(buffer) != null;
    }

    public synchronized int liveCount() {
        return status.get() == Status.ARMED ? live.size() : 0;
    }

    public synchronized List<String> disarm() {
        if (!status.compareAndSet(Status.ARMED, Status.DISARMED)) {
            return List.copyOf(leaks);
        }
        for (Map.Entry<Object, String> e : live.entrySet()) {
            leaks.add(e.getValue() + "@" + System.identityHashCode(e.getKey()));
        }
        live = null;
        return List.copyOf(leaks);
    }

    public Status status() {
        return status.get();
    }

    public static void main(String[] args) {
        M28AllocationTracker tracker = new M28AllocationTracker();
        Object early = new byte[8];
        tracker.allocated(early, "early");
        System.out.println(tracker.freed(early) + " " + tracker.liveCount() + " " + tracker.disarm() + " " + tracker.status());
        tracker.arm();
        tracker.arm();
        String a = new String("same");
        String b = new String("same");
        tracker.allocated(a, "parser");
        tracker.allocated(b, "encoder");
        System.out.println(tracker.liveCount() + " " + tracker.freed(a) + " " + tracker.freed(a));
        System.out.println(tracker.disarm().size() + " " + tracker.disarm().size() + " " + tracker.status());
        tracker.allocated(a, "after");
        System.out.println(tracker.liveCount() + " " + tracker.freed(b));
        tracker.arm();
        tracker.allocated(a, "rearmed");
        System.out.println(tracker.liveCount() + " " + tracker.disarm().size());
    }
}
