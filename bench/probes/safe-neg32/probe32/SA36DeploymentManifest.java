package probe32;

import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Kubernetes-style resource model built through a fluent builder (as in the fabric8 client).
 * The label map of a Deployment is not assigned by its private constructor; the only code that
 * creates a Deployment is Builder.build(), which assigns the map before the instance escapes.
 * The builder's own annotation map is optional and created on demand.
 */
public class SA36DeploymentManifest {

    public static final class Deployment {
        private final String name;
        private final int replicas;
        private Map<String, String> labels;      // assigned by Builder.build() right after construction
        private Map<String, String> annotations; // likewise

        private Deployment(String name, int replicas) {
            this.name = name;
            this.replicas = replicas;
        }

        public String label(String key) {
            return labels.get(key);
        }

        public String selector() {
            StringJoiner j = new StringJoiner(",");
            labels.forEach((k, v) -> j.add(k + "=" + v));
            return j.toString();
        }

        public boolean hasAnnotation(String key) {
            return annotations.containsKey(key);
        }

        public Builder toBuilder() {
            Builder b = new Builder(name).replicas(replicas);
            labels.forEach(b::label);
            annotations.forEach(b::annotate);
            return b;
        }

        @Override
        public String toString() {
            return "Deployment(" + name + ", replicas=" + replicas + ", labels=" + labels + ", annotations=" + annotations.size() + ")";
        }
    }

    public static final class Builder {
        private final String name;
        private int replicas = 1;
        private final Map<String, String> labels = new TreeMap<>();
        private Map<String, String> annotations; // created on first annotate()

        public Builder(String name) {
            this.name = name;
        }

        public Builder replicas(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("replicas must be >= 0");
            }
            this.replicas = n;
            return this;
        }

        public Builder label(String k, String v) {
            labels.put(k, v);
            return this;
        }

        public Builder annotate(String k, String v) {
            if (annotations == null) {
                annotations = new TreeMap<>();
            }
            annotations.put(k, v);
            return this;
        }

        public Deployment build() {
            labels.putIfAbsent("app", name);
            Deployment d = new Deployment(name, replicas);
            d.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
            d.annotations = annotations == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(annotations));
            return d;
        }
    }

    public static void main(String[] args) {
        Deployment plain = new Builder("api").build();
        System.out.println(plain + " selector=" + plain.selector() + " app=" + plain.label("app")
                + " annotated=" + plain.hasAnnotation("owner"));
        Deployment web = new Builder("web").replicas(3).label("tier", "frontend").annotate("owner", "team-a").build();
        System.out.println(web + " selector=" + web.selector() + " owner?" + web.hasAnnotation("owner"));
        Deployment scaled = web.toBuilder().replicas(5).label("canary", "true").build();
        System.out.println(scaled + " canary=" + scaled.label("canary") + " missing=" + scaled.label("zone"));
        try {
            new Builder("bad").replicas(-1);
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
    }
}
