package probe21;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Registry hierarchy in which the superclass constructor calls an overridable hook. The final
 * subclass's map has no initializer and is not assigned in the subclass constructor: it is
 * created by the hook, which the only superclass constructor always runs, and it is never
 * reset, so every later use finds it.
 */
public final class U34MappingRegistry {

    public abstract static class Registry {
        private final String name;

        protected Registry(String name) {
            this.name = name;
            registerDefaults();
        }

        /** Called once from the constructor, before subclass fields are initialised. */
        protected abstract void registerDefaults();

        public String name() {
            return name;
        }
    }

    public static final class HandlerMappings extends Registry {
        private Map<String, String> mappings;

        public HandlerMappings(String name) {
            super(name);
        }

        @Override
        protected void registerDefaults() {
            if (mappings == null) {
                mappings = new LinkedHashMap<>();
            }
            mappings.put("/", "indexHandler");
            mappings.put("/error", "errorHandler");
        }

        public void map(String path, String handler) {
            mappings.put(path, handler);
        }

        public String handlerFor(String path) {
            String exact = mappings.get(path);
            if (exact != null) {
                return exact;
            }
            String best = null;
            int bestLength = -1;
            for (Map.Entry<String, String> e : mappings.entrySet()) {
                String prefix = e.getKey().endsWith("/") ? e.getKey() : e.getKey() + "/";
                if (path.startsWith(prefix) && prefix.length() > bestLength) {
                    best = e.getValue();
                    bestLength = prefix.length();
                }
            }
            return best;
        }

        public Set<String> paths() {
            return Collections.unmodifiableSet(mappings.keySet());
        }
    }

    public static void main(String[] args) {
        HandlerMappings web = new HandlerMappings("web");
        System.out.println(web.name() + " " + web.paths());
        web.map("/api", "apiHandler");
        web.map("/api/admin", "adminHandler");
        System.out.println(web.handlerFor("/api/users") + " " + web.handlerFor("/api/admin/x") + " "
                + web.handlerFor("/static/app.js") + " " + web.handlerFor("/error"));
        web.registerDefaults();
        System.out.println(web.paths().size());
    }
}
