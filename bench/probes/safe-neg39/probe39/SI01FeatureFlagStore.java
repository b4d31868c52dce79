package probe39;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature-flag store used by a web service. Flags are only known after {@link #attach(String)}
 * has loaded an environment; {@link #detach()} forgets them again. Every read or write of the
 * flag table sits inside an {@code if (flags != null)} block.
 *
 * <p>This class is single-threaded: an instance must be confined to one thread.
 */
public final class SI01FeatureFlagStore {
    private String environment;
    private Map<String, Boolean> flags; // null until attach(), null again after detach()
    private int lookups;

    public void attach(String env) {
        if (env == null || env.isBlank()) {
            throw new IllegalArgumentException("environment must be non-blank");
        }
        Map<String, Boolean> loaded = new HashMap<>();
        loaded.put("new-checkout", env.equals("staging"));
        loaded.put("dark-mode", Boolean.TRUE);
        loaded.put("beta-search", Boolean.FALSE);
        environment = env;
        flags = loaded;
    }

    public void detach() {
        if (flags != null) {
            flags.clear();
        }
        flags = null;
        environment = null;
    }

    public boolean isEnabled(String flag) {
        if (flag == null) {
            throw new IllegalArgumentException("flag is null");
        }
        lookups++;
        if (flags != null) {
            Boolean value = flags.get(flag);
            if (value != null) {
                return value;
            }
        }
        return false;
    }

    public void set(String flag, boolean enabled) {
        if (flag == null) {
            throw new IllegalArgumentException("flag is null");
        }
        if (flags != null) {
            flags.put(flag, enabled);
            return;
        }
        throw new IllegalStateException("no environment attached");
    }

    public boolean remove(String flag) {
        if (flag == null) {
            throw new IllegalArgumentException("flag is null");
        }
        boolean removed = false;
        if (flags != null) {
            removed = flags.remove(flag) != null;
        }
        return removed;
    }

    public List<String> enabledFlags() {
        List<String> out = new ArrayList<>();
        if (flags != null) {
            for (Map.Entry<String, Boolean> e : flags.entrySet()) {
                if (Boolean.TRUE.equals(e.getValue())) {
                    out.add(e.getKey());
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    public String describe() {
        String text = "detached";
        if (flags != null) {
            text = environment + ": " + flags.size() + " flags, " + enabledFlags().size() + " enabled";
        }
        return text + " (" + lookups + " lookups)";
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI01FeatureFlagStore store = new SI01FeatureFlagStore();
        check(!store.isEnabled("dark-mode"), "disabled before attach");
        check(store.enabledFlags().isEmpty(), "no flags before attach");
        check(!store.remove("dark-mode"), "nothing to remove before attach");
        check(store.describe().startsWith("detached"), store.describe());
        expect(IllegalStateException.class, () -> store.set("x", true));
        expect(IllegalArgumentException.class, () -> store.attach(" "));
        expect(IllegalArgumentException.class, () -> store.attach(null));
        expect(IllegalArgumentException.class, () -> store.isEnabled(null));
        expect(IllegalArgumentException.class, () -> store.set(null, true));
        expect(IllegalArgumentException.class, () -> store.remove(null));
        store.detach();

        store.attach("staging");
        check(store.isEnabled("new-checkout"), "staging has new checkout");
        check(!store.isEnabled("unknown"), "unknown flag is off");
        store.set("beta-search", true);
        check(store.enabledFlags().equals(List.of("beta-search", "dark-mode", "new-checkout")), "enabled list");
        check(store.remove("dark-mode"), "dark-mode removed");
        check(!store.remove("dark-mode"), "dark-mode already gone");
        check(store.describe().startsWith("staging: 2 flags, 2 enabled"), store.describe());

        store.detach();
        store.detach();
        check(!store.isEnabled("beta-search"), "off after detach");
        check(store.enabledFlags().isEmpty(), "empty after detach");
        expect(IllegalStateException.class, () -> store.set("x", false));
        check(store.describe().startsWith("detached"), store.describe());

        store.attach("prod");
        check(!store.isEnabled("new-checkout"), "prod checkout off");
        check(store.enabledFlags().equals(List.of("dark-mode")), "prod flags");
        System.out.println("OK SI01FeatureFlagStore");
    }
}
