package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Feature flags with optional runtime overrides. The lookup function is bound with a method
 * reference ({@code overrides::get}) only in the ternary arm where the field is non-null;
 * a bound reference keeps the map object itself, so nulling the field later cannot make
 * an already-created lookup fail.
 */
public final class U05FeatureFlags {

    private final Map<String, Boolean> defaults;
    private Map<String, Boolean> overrides;
    private Function<String, Boolean> overrideLookup;

    public U05FeatureFlags(Map<String, Boolean> defaults, Map<String, Boolean> overrides) {
        this.defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        this.overrides = overrides == null ? null : new HashMap<>(overrides);
        rebind();
    }

    private void rebind() {
        overrideLookup = overrides == null ? name -> null : overrides::get;
    }

    public synchronized boolean isEnabled(String name) {
        Boolean o = overrideLookup.apply(name);
        if (o != null) {
            return o;
        }
        return defaults.getOrDefault(name, Boolean.FALSE);
    }

    public synchronized void override(String name, boolean value) {
        if (overrides == null) {
            overrides = new HashMap<>();
            rebind();
        }
        overrides.put(name, value);
    }

    public synchronized void clearOverrides() {
        overrides = null;
        rebind();
    }

    /** A predicate over the current override map; it keeps working after clearOverrides(). */
    public synchronized Predicate<String> view() {
        Function<String, Boolean> lookup = overrideLookup;
        return name -> {
            Boolean o = lookup.apply(name);
            return o != null ? o : defaults.getOrDefault(name, Boolean.FALSE);
        };
    }

    public synchronized int overrideCount() {
        return overrides == null ? 0 : overrides.size();
    }

    public static void main(String[] args) {
        U05FeatureFlags flags = new U05FeatureFlags(Map.of("newCheckout", false, "darkMode", true), null);
        System.out.println(flags.isEnabled("newCheckout") + " " + flags.isEnabled("darkMode") + " " + flags.overrideCount());
        Predicate<String> before = flags.view();

        flags.override("newCheckout", true);
        Predicate<String> during = flags.view();
        System.out.println(flags.isEnabled("newCheckout") + " " + during.test("newCheckout"));

        flags.clearOverrides();
        System.out.println(flags.isEnabled("newCheckout") + " " + during.test("newCheckout") + " " + before.test("darkMode"));

        U05FeatureFlags seeded = new U05FeatureFlags(null, Map.of("beta", true));
        System.out.println(seeded.isEnabled("beta") + " " + seeded.overrideCount());
        seeded.clearOverrides();
        System.out.println(seeded.isEnabled("beta"));
    }
}
