package probe38;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

/**
 * Feature-flag client. Flags are loaded from a spec string such as
 * {@code "dark_mode=on, new_checkout=off"}; until then, and after unload(),
 * the flag map is null. Every accessor starts with {@link #ensureLoaded()},
 * which throws IllegalStateException unless the map exists. Single-threaded.
 */
public final class SH24FeatureFlags {

    public enum Flag {
        DARK_MODE(false), NEW_CHECKOUT(false), FAST_SEARCH(true);

        private final boolean defaultOn;

        Flag(boolean defaultOn) {
            this.defaultOn = defaultOn;
        }
    }

    private EnumMap<Flag, Boolean> flags; // null until load(), null again after unload()
    private int loads;

    private void ensureLoaded() {
        if (flags == null) {
            throw new IllegalStateException("feature flags not loaded");
        }
    }

    public void load(String spec) {
        if (spec == null) {
            throw new IllegalArgumentException("spec");
        }
        EnumMap<Flag, Boolean> parsed = new EnumMap<>(Flag.class);
        for (Flag f : Flag.values()) {
            parsed.put(f, f.defaultOn);
        }
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed flag: " + p);
            }
            Flag f = Flag.valueOf(p.substring(0, eq).trim().toUpperCase(Locale.ROOT));
            String v = p.substring(eq + 1).trim();
            parsed.put(f, v.equals("on") || v.equals("true"));
        }
        flags = parsed;
        loads++;
    }

    public void unload() {
        flags = null;
    }

    public boolean isLoaded() {
        return flags != null;
    }

    public boolean isEnabled(Flag f) {
        ensureLoaded();
        requireFlag(f);
        return Boolean.TRUE.equals(flags.get(f));
    }

    public void set(Flag f, boolean on) {
        ensureLoaded();
        requireFlag(f);
        flags.put(f, on);
    }

    public List<Flag> enabled() {
        ensureLoaded();
        List<Flag> out = new ArrayList<>();
        flags.forEach((f, on) -> {
            if (Boolean.TRUE.equals(on)) {
                out.add(f);
            }
        });
        return out;
    }

    private static void requireFlag(Flag f) {
        if (f == null) {
            throw new IllegalArgumentException("flag");
        }
    }

    public static void main(String[] args) {
        SH24FeatureFlags ff = new SH24FeatureFlags();
        // phase 1: before the map exists
        check(!ff.isLoaded(), "not loaded");
        expect(IllegalStateException.class, () -> ff.isEnabled(Flag.DARK_MODE));
        expect(IllegalStateException.class, () -> ff.set(Flag.DARK_MODE, true));
        expect(IllegalStateException.class, ff::enabled);
        expect(IllegalArgumentException.class, () -> ff.load("warp_drive=on"));
        check(!ff.isLoaded(), "failed load published nothing");
        // phase 2: while it exists
        ff.load("dark_mode=on, fast_search=off");
        check(ff.isEnabled(Flag.DARK_MODE) && !ff.isEnabled(Flag.FAST_SEARCH), "parsed");
        ff.set(Flag.NEW_CHECKOUT, true);
        check(ff.enabled().equals(List.of(Flag.DARK_MODE, Flag.NEW_CHECKOUT)), "enabled " + ff.enabled());
        expect(IllegalArgumentException.class, () -> ff.isEnabled(null));
        // phase 3: after it is dropped (twice)
        ff.unload();
        ff.unload();
        expect(IllegalStateException.class, () -> ff.isEnabled(Flag.FAST_SEARCH));
        expect(IllegalStateException.class, ff::enabled);
        // phase 4: created again
        ff.load("");
        check(ff.enabled().equals(List.of(Flag.FAST_SEARCH)), "defaults after reload");
        System.out.println("SH24FeatureFlags OK " + ff.enabled() + " loads=" + ff.loads);
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
