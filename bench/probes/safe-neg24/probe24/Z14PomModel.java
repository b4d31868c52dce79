package probe24;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Maven-like project model. Effective properties are computed by a separate loader
 * class that writes the model's package-private field; the model asks the loader to
 * run whenever the field has been invalidated.
 */
public class Z14PomModel {

    private final String artifactId;
    private final String version;
    private final Map<String, String> declared = new LinkedHashMap<>();
    private int loads;
    /** Effective properties; assigned by {@link PropertyLoader}, invalidated by setProperty(). */
    Properties effective;

    public Z14PomModel(String artifactId, String version) {
        this.artifactId = artifactId;
        this.version = version;
    }

    /** Computes the effective properties of a model and stores them in the model. */
    static final class PropertyLoader {
        private PropertyLoader() {
        }

        static void load(Z14PomModel model) {
            Properties p = new Properties();
            p.setProperty("project.artifactId", model.artifactId);
            p.setProperty("project.version", model.version);
            model.declared.forEach(p::setProperty);
            model.effective = p;
            model.loads++;
        }
    }

    public void setProperty(String key, String value) {
        declared.put(key, value);
        effective = null;
    }

    /** Replaces {@code ${key}} references; unknown keys are left as they are. */
    public String interpolate(String text) {
        if (effective == null) {
            PropertyLoader.load(this);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int start;
        while ((start = text.indexOf("${", from)) >= 0) {
            int end = text.indexOf('}', start);
            if (end < 0) {
                break;
            }
            String key = text.substring(start + 2, end);
            out.append(text, from, start).append(effective.getProperty(key, "${" + key + "}"));
            from = end + 1;
        }
        return out.append(text.substring(from)).toString();
    }

    public Set<String> propertyNames() {
        if (effective == null) {
            PropertyLoader.load(this);
        }
        return new TreeSet<>(effective.stringPropertyNames());
    }

    public static void main(String[] args) {
        Z14PomModel pom = new Z14PomModel("probe-core", "2.1.0");
        System.out.println(pom.interpolate("${project.artifactId}-${project.version}.jar ${unknown} ${broken"));
        pom.setProperty("junit.version", "5.10.0");
        System.out.println(pom.effective == null);
        System.out.println(pom.propertyNames() + " " + pom.interpolate("junit:${junit.version}"));
        pom.setProperty("junit.version", "5.11.0");
        System.out.println(pom.interpolate("junit:${junit.version}") + " loads=" + pom.loads);
    }
}
