package probe22;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query plan cache that can be switched off for the whole JVM with
 * {@code -Dprobe22.planCache.disabled=true}. The decision is a {@code static final} flag computed
 * at class initialisation; the final map field is null exactly when the flag is false, and every
 * use is guarded by the flag rather than by a null test.
 */
public class W30QueryPlanCache {

    /** Not thread-safe; one cache per session. */
    public static final class PlanCache {
        private static final boolean ENABLED = !Boolean.getBoolean("probe22.planCache.disabled");
        private static final int MAX_PLANS = 3;

        private final Map<String, String> plans; // null when caching is disabled
        private int compilations;

        public PlanCache() {
            plans = ENABLED ? new LinkedHashMap<>(16, 0.75f, true) : null;
        }

        public String plan(String sql) {
            if (ENABLED) {
                String cached = plans.get(sql);
                if (cached != null) {
                    return cached;
                }
            }
            String compiled = "plan#" + (++compilations) + "[" + sql.trim().split("\\s+")[0].toUpperCase() + "]";
            if (ENABLED) {
                plans.put(sql, compiled);
                if (plans.size() > MAX_PLANS) {
                    plans.remove(plans.keySet().iterator().next());
                }
            }
            return compiled;
        }

        public int cachedPlans() {
            return ENABLED ? plans.size() : 0;
        }

        public void evictAll() {
            if (ENABLED) {
                plans.clear();
            }
        }

        public int compilations() {
            return compilations;
        }

        public static String demo() {
            PlanCache c = new PlanCache();
            for (String sql : new String[] {"select 1", "select 2", "select 1", "update t set x=1", "delete from t", "select 1"}) {
                c.plan(sql);
            }
            String before = "enabled=" + ENABLED + " cached=" + c.cachedPlans() + " compiled=" + c.compilations();
            c.evictAll();
            return before + " afterEvict=" + c.cachedPlans();
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(PlanCache.demo());

        // Re-run the demo with caching disabled, in a fresh class loader so the flag is re-evaluated.
        System.setProperty("probe22.planCache.disabled", "true");
        URL codeSource = W30QueryPlanCache.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {codeSource}, null)) {
            Class<?> cls = Class.forName(PlanCache.class.getName(), true, isolated);
            System.out.println(cls.getMethod("demo").invoke(null));
        }
    }
}
