package probe35;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Exclusive access to a lab instrument over a serial line. A single-permit semaphore
 * models the physical device; the register shadow map exists exactly while the permit
 * is checked out (availablePermits() == 0). All public methods are synchronized so the
 * permit and the map always change together from an observer's point of view.
 */
public class SE33ExclusiveDeviceSession {
    public enum Register { GAIN, OFFSET, SAMPLE_RATE }

    private final Semaphore device = new Semaphore(1);
    private EnumMap<Register, Integer> shadow; // non-null exactly while the permit is taken
    private final Map<Register, Integer> flashed = new EnumMap<>(Register.class);

    private boolean checkedOut() {
        return device.availablePermits() == 0;
    }

    public synchronized void checkout() {
        if (!device.tryAcquire()) {
            throw new IllegalStateException("instrument busy");
        }
        shadow = new EnumMap<>(Register.class);
        shadow.putAll(flashed);
    }

    public synchronized void write(Register register, int value) {
        if (!checkedOut()) {
            throw new IllegalStateException("instrument not checked out");
        }
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(register + " out of range: " + value);
        }
        shadow.put(register, value);
    }

    public synchronized int read(Register register) {
        Integer value = checkedOut() ? shadow.get(register) : flashed.get(register);
        return value == null ? 0 : value;
    }

    public synchronized void checkin(boolean flash) {
        if (!checkedOut()) {
            throw new IllegalStateException("nothing to check in");
        }
        if (flash) {
            flashed.putAll(shadow);
        }
        shadow = null;
        device.release();
    }

    public static void main(String[] args) {
        SE33ExclusiveDeviceSession scope = new SE33ExclusiveDeviceSession();
        check(scope.read(Register.GAIN) == 0, "factory default");
        expect(IllegalStateException.class, () -> scope.write(Register.GAIN, 3));
        expect(IllegalStateException.class, () -> scope.checkin(true));

        scope.checkout();
        expect(IllegalStateException.class, scope::checkout);
        scope.write(Register.GAIN, 4);
        scope.write(Register.SAMPLE_RATE, 1000);
        expect(IllegalArgumentException.class, () -> scope.write(Register.OFFSET, -1));
        check(scope.read(Register.GAIN) == 4, "shadow read");
        scope.checkin(true);
        check(scope.read(Register.GAIN) == 4 && scope.read(Register.SAMPLE_RATE) == 1000, "flashed");

        for (int round = 0; round < 2; round++) {
            expect(IllegalStateException.class, () -> scope.write(Register.OFFSET, 1));
            expect(IllegalStateException.class, () -> scope.checkin(false));
            scope.checkout();
            scope.write(Register.GAIN, 99);
            check(scope.read(Register.GAIN) == 99, "uncommitted value visible to holder");
            scope.checkin(false);
            check(scope.read(Register.GAIN) == 4, "discarded");
        }

        scope.checkout();
        check(scope.read(Register.SAMPLE_RATE) == 1000, "shadow seeded from flash");
        scope.write(Register.OFFSET, 12);
        scope.checkin(true);
        check(scope.read(Register.OFFSET) == 12, "flashed again");
        System.out.println("SE33ExclusiveDeviceSession ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
