package probe24;

import java.util.IdentityHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Leases held by objects (compared by identity), as in a distributed-lock client.
 * Every operation runs inside a try-with-resources block whose resource holds the
 * {@link ReentrantLock} and pins the current time; the map is tested and used inside it.
 */
public class Z25LeaseTable {

    private final ReentrantLock lock = new ReentrantLock();
    private final LongSupplier clock;
    /** Holder to expiry time; null while no lease is outstanding. */
    private IdentityHashMap<Object, Long> leases;

    public Z25LeaseTable(LongSupplier clock) {
        this.clock = clock;
    }

    /** Holds the table lock for one block and records "now" for it. */
    private final class Locked implements AutoCloseable {
        private final long now;

        private Locked() {
            long t = clock.getAsLong();
            lock.lock();
            now = t;
        }

        @Override
        public void close() {
            lock.unlock();
        }
    }

    public boolean acquire(Object holder, long ttl) {
        try (Locked l = new Locked()) {
            if (leases == null) {
                leases = new IdentityHashMap<>();
            }
            Long expiry = leases.get(holder);
            if (expiry != null && expiry > l.now) {
                return false;
            }
            leases.put(holder, l.now + ttl);
            return true;
        }
    }

    public boolean isHeld(Object holder) {
        try (Locked l = new Locked()) {
            if (leases == null) {
                return false;
            }
            Long expiry = leases.get(holder);
            return expiry != null && expiry > l.now;
        }
    }

    /** Removes expired leases; returns how many were removed. */
    public int purgeExpired() {
        try (Locked l = new Locked()) {
            if (leases == null) {
                return 0;
            }
            int before = leases.size();
            leases.values().removeIf(expiry -> expiry <= l.now);
            int purged = before - leases.size();
            if (leases.isEmpty()) {
                leases = null;
            }
            return purged;
        }
    }

    public static void main(String[] args) {
        AtomicLong time = new AtomicLong(1_000);
        Z25LeaseTable table = new Z25LeaseTable(time::get);
        String workerA = new String("worker");
        String workerB = new String("worker");
        System.out.println(table.isHeld(workerA) + " " + table.purgeExpired());
        System.out.println(table.acquire(workerA, 100) + " " + table.acquire(workerA, 100) + " " + table.acquire(workerB, 500));
        time.addAndGet(200);
        System.out.println(table.isHeld(workerA) + " " + table.isHeld(workerB) + " " + table.purgeExpired());
        time.addAndGet(1_000);
        System.out.println(table.purgeExpired() + " " + table.isHeld(workerB) + " " + table.purgeExpired());
    }
}
