package probe22;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Generic feature toggles keyed by any enum type. Runtime overrides live in an {@link EnumMap}
 * created from the stored {@code Class<F>} on the first override and dropped again when the last
 * override is reverted.
 */
public class W12FeatureToggles {

    /** Not thread-safe; owned by the admin endpoint that mutates it. */
    public static final class FeatureToggles<F extends Enum<F>> {
        private final Class<F> type;
        private final Set<F> enabledByDefault;
        private EnumMap<F, Boolean> overrides; // null while nothing is overridden

        public FeatureToggles(Class<F> type, Set<F> enabledByDefault) {
            this.type = type;
            EnumSet<F> defaults = EnumSet.noneOf(type);
            defaults.addAll(enabledByDefault);
            this.enabledByDefault = Collections.unmodifiableSet(defaults);
        }

        public void override(F feature, boolean enabled) {
            if (overrides == null) {
                overrides = new EnumMap<>(type);
            }
            overrides.put(feature, enabled);
        }

        public boolean isEnabled(F feature) {
            if (overrides != null) {
                Boolean forced = overrides.get(feature);
                if (forced != null) {
                    return forced;
                }
            }
            return enabledByDefault.contains(feature);
        }

        public void revert(F feature) {
            if (overrides == null) {
                return;
            }
            overrides.remove(feature);
            if (overrides.isEmpty()) {
                overrides = null;
            }
        }

        public void revertAll() {
            overrides = null;
        }

        public Map<F, Boolean> effective() {
            EnumMap<F, Boolean> result = new EnumMap<>(type);
            for (F f : type.getEnumConstants()) {
                result.put(f, isEnabled(f));
            }
            return result;
        }

        public int overrideCount() {
            return overrides == null ? 0 : overrides.size();
        }
    }

    enum Feature { NEW_CHECKOUT, DARK_MODE, BULK_EXPORT, AUDIT_TRAIL }

    public static void main(String[] args) {
        FeatureToggles<Feature> toggles =
                new FeatureToggles<>(Feature.class, EnumSet.of(Feature.AUDIT_TRAIL, Feature.DARK_MODE));
        System.out.println(toggles.effective() + " overrides=" + toggles.overrideCount());
        toggles.revert(Feature.DARK_MODE);

        toggles.override(Feature.NEW_CHECKOUT, true);
        toggles.override(Feature.DARK_MODE, false);
        System.out.println(toggles.effective() + " overrides=" + toggles.overrideCount());

        toggles.revert(Feature.NEW_CHECKOUT);
        toggles.revert(Feature.DARK_MODE);
        System.out.println(toggles.effective() + " overrides=" + toggles.overrideCount());

        toggles.override(Feature.BULK_EXPORT, true);
        toggles.revertAll();
        System.out.println(toggles.isEnabled(Feature.BULK_EXPORT) + " overrides=" + toggles.overrideCount());

        FeatureToggles<Thread.State> states = new FeatureToggles<>(Thread.State.class, Set.of());
        System.out.println(states.isEnabled(Thread.State.RUNNABLE));
    }
}
