package probe35;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Append-only log store (Bitcask-like) that can run with or without an in-memory key
 * directory. The storage mode is an enum whose constants override indexed(); the key
 * directory exists exactly when mode.indexed() is true, and that call is the guard.
 */
public class SE34LogStructuredStore {
    public enum Mode {
        APPEND_ONLY {
            @Override
            boolean indexed() {
                return false;
            }
        },
        INDEXED {
            @Override
            boolean indexed() {
                return true;
            }
        };

        abstract boolean indexed();
    }

    private record Entry(String key, String value) {
    }

    private final List<Entry> log = new ArrayList<>();
    private Mode mode = Mode.APPEND_ONLY;
    private Map<String, Integer> keyDir; // non-null exactly when mode.indexed()

    public void switchMode(Mode newMode) {
        if (newMode.indexed()) {
            Map<String, Integer> dir = new HashMap<>();
            for (int pos = 0; pos < log.size(); pos++) {
                dir.put(log.get(pos).key(), pos);
            }
            keyDir = dir;
            mode = newMode;
        } else {
            mode = newMode;
            keyDir = null;
        }
    }

    public void append(String key, String value) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty key");
        }
        log.add(new Entry(key, value));
        if (mode.indexed()) {
            keyDir.put(key, log.size() - 1);
        }
    }

    public Optional<String> find(String key) {
        if (mode.indexed()) {
            Integer pos = keyDir.get(key);
            return pos == null ? Optional.empty() : Optional.of(log.get(pos).value());
        }
        for (int pos = log.size() - 1; pos >= 0; pos--) {
            if (log.get(pos).key().equals(key)) {
                return Optional.of(log.get(pos).value());
            }
        }
        return Optional.empty();
    }

    public int liveKeys() {
        if (!mode.indexed()) {
            throw new UnsupportedOperationException("liveKeys needs the key directory");
        }
        return keyDir.size();
    }

    public static void main(String[] args) {
        SE34LogStructuredStore store = new SE34LogStructuredStore();
        store.append("user:1", "ada");
        store.append("user:2", "bob");
        store.append("user:1", "ada lovelace");
        check(store.find("user:1").orElse("").equals("ada lovelace") && store.find("user:3").isEmpty(), "scan mode");
        expect(UnsupportedOperationException.class, store::liveKeys);
        expect(IllegalArgumentException.class, () -> store.append("", "x"));

        store.switchMode(Mode.INDEXED);
        store.append("user:3", "carol");
        check(store.liveKeys() == 3 && store.find("user:1").orElse("").equals("ada lovelace"), "indexed");

        for (int round = 0; round < 2; round++) {
            store.switchMode(Mode.APPEND_ONLY);
            store.append("user:2", "bob v" + round);
            check(store.find("user:2").orElse("").equals("bob v" + round), "scan after drop");
            expect(UnsupportedOperationException.class, store::liveKeys);
        }

        store.switchMode(Mode.INDEXED);
        check(store.liveKeys() == 3 && store.find("user:2").orElse("").equals("bob v1"), "rebuilt directory");
        check(store.find("user:9").isEmpty(), "missing in index");
        System.out.println("SE34LogStructuredStore ok");
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
