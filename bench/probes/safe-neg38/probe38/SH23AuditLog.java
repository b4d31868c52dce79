package probe38;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Per-user audit journal. Every access to the journal map is written as a
 * lambda (or anonymous class) handed to {@link #mutate(Runnable)} or
 * {@link #query(Supplier, Object)}; both check the journal first and then run
 * the code immediately, synchronously, exactly once. None of the lambdas can
 * close the journal. Single-threaded.
 */
public final class SH23AuditLog {

    private Map<String, List<String>> journal; // null while the log is closed
    private int sequence;

    private void mutate(Runnable action) {
        if (journal == null) {
            throw new IllegalStateException("audit journal is closed");
        }
        action.run();
    }

    private <T> T query(Supplier<T> reader, T whenClosed) {
        return journal == null ? whenClosed : reader.get();
    }

    public void open() {
        if (journal == null) {
            journal = new TreeMap<>();
        }
    }

    public void close() {
        journal = null;
    }

    public void record(String user, String action) {
        requireText(user, "user");
        requireText(action, "action");
        mutate(() -> journal.computeIfAbsent(user, u -> new ArrayList<>()).add(++sequence + ":" + action));
    }

    public void purge(String user) {
        requireText(user, "user");
        mutate(() -> journal.remove(user));
    }

    /** Keeps only the newest {@code keep} entries per user. */
    public void rotate(int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("keep");
        }
        mutate(new Runnable() {
            @Override
            public void run() {
                journal.replaceAll((user, entries) ->
                        new ArrayList<>(entries.subList(Math.max(0, entries.size() - keep), entries.size())));
                journal.values().removeIf(List::isEmpty);
            }
        });
    }

    public List<String> entriesFor(String user) {
        requireText(user, "user");
        return query(() -> List.copyOf(journal.getOrDefault(user, List.of())), List.of());
    }

    public int userCount() {
        return query(() -> journal.size(), 0);
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(what);
        }
    }

    public static void main(String[] args) {
        SH23AuditLog log = new SH23AuditLog();
        // phase 1: before the map exists
        check(log.userCount() == 0 && log.entriesFor("ann").isEmpty(), "closed reads");
        expect(IllegalStateException.class, () -> log.record("ann", "login"));
        expect(IllegalStateException.class, () -> log.rotate(1));
        expect(IllegalStateException.class, () -> log.purge("ann"));
        // phase 2: while it exists
        log.open();
        log.record("ann", "login");
        log.record("ann", "delete invoice 7");
        log.record("bob", "login");
        check(log.entriesFor("ann").equals(List.of("1:login", "2:delete invoice 7")), "ann");
        log.rotate(1);
        check(log.entriesFor("ann").equals(List.of("2:delete invoice 7")) && log.userCount() == 2, "rotated");
        log.rotate(0);
        check(log.userCount() == 0, "rotate(0) empties");
        log.record("bob", "logout");
        expect(IllegalArgumentException.class, () -> log.record(null, "x"));
        // phase 3: after it is dropped (twice)
        log.close();
        log.close();
        check(log.userCount() == 0 && log.entriesFor("bob").isEmpty(), "closed again");
        expect(IllegalStateException.class, () -> log.record("bob", "late"));
        // phase 4: created again
        log.open();
        log.record("cat", "login");
        check(log.userCount() == 1 && log.entriesFor("bob").isEmpty(), "fresh journal");
        log.purge("cat");
        System.out.println("SH23AuditLog OK users=" + log.userCount() + " seq=" + log.sequence);
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
