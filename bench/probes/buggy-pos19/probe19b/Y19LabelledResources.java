package probe19b;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Cluster resources with labels; labels are attached by the admission webhook. */
public class Y19LabelledResources {

    interface Labelled {
        Map<String, String> labels();

        default String label(String key) {
            return labels().get(key); // BUG
        }

        default boolean hasLabel(String key) {
            Map<String, String> l = labels();
            return l != null && l.containsKey(key);
        }
    }

    static final class Pod implements Labelled {
        final String name;
        private Map<String, String> labels; // filled on admission

        Pod(String name) {
            this.name = name;
        }

        void admit(Map<String, String> l) {
            labels = new LinkedHashMap<>(l);
        }

        @Override
        public Map<String, String> labels() {
            return labels;
        }
    }

    abstract static class Store<V> {
        protected abstract Map<String, V> backing();

        int size() {
            return backing().size(); // BUG
        }

        V get(String key) {
            Map<String, V> b = backing();
            return b == null ? null : b.get(key);
        }
    }

    static final class PodStore extends Store<Pod> {
        private ConcurrentMap<String, Pod> pods; // created by open()

        void open() {
            pods = new ConcurrentHashMap<>();
        }

        void add(Pod p) {
            if (pods == null) {
                open();
            }
            pods.put(p.name, p);
        }

        @Override
        protected Map<String, Pod> backing() {
            return pods;
        }
    }

    static String selector(Labelled l) {
        return l.hasLabel("app") ? "app=" + l.label("app") : "<none>";
    }

    static String owningTeam(Labelled l) {
        return l.label("team");
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y19LabelledResources.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y19LabelledResources.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Pod web = new Pod("web-1");
        web.admit(Map.of("app", "web", "team", "storefront"));
        Pod pending = new Pod("batch-7");
        PodStore store = new PodStore();
        System.out.println(selector(web) + " " + selector(pending) + " " + owningTeam(web) + " "
                + store.get("web-1"));
        store.add(web);
        System.out.println("size=" + store.size() + " " + store.get("web-1").name);

        prove(15, () -> System.out.println(owningTeam(pending)));
        prove(46, () -> System.out.println(new PodStore().size()));
    }
}
