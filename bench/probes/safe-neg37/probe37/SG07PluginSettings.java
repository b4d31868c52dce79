package probe37;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IDE plugin settings: global defaults plus per-project overrides. The override map is only
 * present while a project is open; access is guarded with instanceof type patterns.
 */
public class SG07PluginSettings {

    static final class PluginSettings {
        private static final Map<String, String> DEFAULTS =
                Map.of("indent", "4", "formatter", "builtin", "lineWidth", "120");

        private Map<String, String> overrides; // LinkedHashMap while a project is open, else null
        private String project = "";

        public void openProject(String name) {
            if (overrides instanceof LinkedHashMap<?, ?>) {
                throw new IllegalStateException("project " + project + " is still open");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("project name required");
            }
            project = name;
            overrides = new LinkedHashMap<>();
        }

        public String get(String key) {
            if (overrides instanceof LinkedHashMap<String, String> projectValues) {
                String v = projectValues.get(key);
                if (v != null) {
                    return v;
                }
            }
            String d = DEFAULTS.get(key == null ? "" : key);
            if (d == null) {
                throw new IllegalArgumentException("unknown setting " + key);
            }
            return d;
        }

        public void override(String key, String value) {
            if (!(overrides instanceof LinkedHashMap<String, String> projectValues)) {
                throw new IllegalStateException("no project open");
            }
            if (key == null || !DEFAULTS.containsKey(key) || value == null) {
                throw new IllegalArgumentException("cannot override " + key);
            }
            projectValues.put(key, value);
        }

        public int overrideCount() {
            return overrides instanceof LinkedHashMap<String, String> projectValues ? projectValues.size() : 0;
        }

        public String project() {
            return project;
        }

        /** Idempotent. */
        public void closeProject() {
            overrides = null;
            project = "";
        }
    }

    public static void main(String[] args) {
        PluginSettings settings = new PluginSettings();

        // Phase 1: before the map exists.
        check(settings.get("indent").equals("4") && settings.overrideCount() == 0, "defaults");
        expect(IllegalStateException.class, () -> settings.override("indent", "2"));
        expect(IllegalArgumentException.class, () -> settings.get("colour"));
        expect(IllegalArgumentException.class, () -> settings.get(null));

        // Phase 2: while it exists.
        settings.openProject("kernel");
        expect(IllegalStateException.class, () -> settings.openProject("other"));
        settings.override("indent", "8");
        settings.override("lineWidth", "80");
        expect(IllegalArgumentException.class, () -> settings.override("colour", "red"));
        check(settings.get("indent").equals("8") && settings.get("formatter").equals("builtin"), "merged view");
        check(settings.overrideCount() == 2 && settings.project().equals("kernel"), "two overrides");

        // Phase 3: after it has been dropped (twice).
        settings.closeProject();
        settings.closeProject();
        check(settings.get("indent").equals("4") && settings.overrideCount() == 0, "back to defaults");
        expect(IllegalStateException.class, () -> settings.override("indent", "2"));

        // Phase 4: after it has been created again.
        settings.openProject("webapp");
        check(settings.get("lineWidth").equals("120"), "new project starts from defaults");
        settings.override("formatter", "prettier");
        check(settings.get("formatter").equals("prettier") && settings.overrideCount() == 1, "override again");
        settings.closeProject();
        System.out.println("SG07PluginSettings ok");
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
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
