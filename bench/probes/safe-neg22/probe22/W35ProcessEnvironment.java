package probe22;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Environment snapshot for launching child processes. Each map field is filled lazily from a JDK
 * method that never returns null ({@code System.getenv()}, {@code new ProcessBuilder().environment()},
 * {@code Collections.unmodifiableMap}, {@code Map.copyOf}) and is used right after that
 * assignment without a second test; {@code refresh()} sets them all back to null.
 */
public class W35ProcessEnvironment {

    /** Not thread-safe; used by the launcher thread. */
    public static final class EnvironmentSnapshot {
        private Map<String, String> env;        // lazily captured
        private Map<String, String> childEnv;   // lazily derived
        private Map<String, String> sysProps;   // lazily captured

        public boolean hasVariable(String name) {
            if (name == null) {
                return false;
            }
            if (env == null) {
                env = System.getenv();
            }
            return env.containsKey(name);
        }

        public String property(String key, String fallback) {
            if (sysProps == null) {
                Map<String, String> copy = new HashMap<>();
                System.getProperties().stringPropertyNames().forEach(k -> copy.put(k, System.getProperty(k, "")));
                sysProps = Collections.unmodifiableMap(copy);
            }
            return key == null ? fallback : sysProps.getOrDefault(key, fallback);
        }

        public Map<String, String> childEnvironment(Map<String, String> extra) {
            if (childEnv == null) {
                childEnv = new ProcessBuilder().environment();
                childEnv.put("LC_ALL", "C");
                childEnv.keySet().removeIf(k -> k.startsWith("SECRET_"));
            }
            Map<String, String> result = new TreeMap<>(childEnv);
            if (extra != null) {
                extra.forEach((k, v) -> {
                    if (k != null && v != null) {
                        result.put(k, v);
                    }
                });
            }
            return Map.copyOf(result);
        }

        public int frozenChildSize() {
            Map<String, String> frozen = childEnvironment(null);
            childEnv = Map.copyOf(frozen);
            return childEnv.size();
        }

        public void refresh() {
            env = null;
            childEnv = null;
            sysProps = null;
        }
    }

    public static void main(String[] args) {
        EnvironmentSnapshot snap = new EnvironmentSnapshot();
        System.out.println("PATH? " + snap.hasVariable("PATH") + " null? " + snap.hasVariable(null));
        System.out.println("java.version set: " + !snap.property("java.version", "").isEmpty() + " " + snap.property(null, "fb"));
        Map<String, String> child = snap.childEnvironment(Map.of("APP_MODE", "batch"));
        System.out.println("child LC_ALL=" + child.get("LC_ALL") + " APP_MODE=" + child.get("APP_MODE"));
        System.out.println("frozen size matches: " + (snap.frozenChildSize() == child.size() - 1));

        snap.refresh();
        System.out.println("after refresh: " + snap.hasVariable("NO_SUCH_VAR_PROBE22") + " "
                + snap.childEnvironment(null).containsKey("LC_ALL") + " " + snap.property("probe22.missing", "dflt"));
    }
}
