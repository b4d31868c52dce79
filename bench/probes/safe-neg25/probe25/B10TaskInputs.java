package probe25;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gradle-style task inputs used for up-to-date checks. Most tasks declare only
 * a few kinds of inputs, so each map is created on first declaration.
 */
public class B10TaskInputs {
    private final String taskPath;
    private Map<String, Object> properties;            // TreeMap for a stable fingerprint
    private Map<String, List<String>> fileProperties;  // property name -> paths
    private boolean upToDateWhenNoInputs;

    public B10TaskInputs(String taskPath) {
        this.taskPath = taskPath;
    }

    public B10TaskInputs property(String name, Object value) {
        if (value == null) {
            return removeProperty(name);
        }
        if (properties == null) {
            properties = new TreeMap<>();
        }
        properties.put(name, value);
        return this;
    }

    public B10TaskInputs files(String name, String... paths) {
        if (fileProperties == null) {
            fileProperties = new TreeMap<>();
        }
        fileProperties.computeIfAbsent(name, k -> new ArrayList<>()).addAll(Arrays.asList(paths));
        return this;
    }

    public B10TaskInputs removeProperty(String name) {
        if (properties != null && properties.remove(name) != null && properties.isEmpty()) {
            properties = null;
        }
        return this;
    }

    public void upToDateWhenNoInputs(boolean value) {
        this.upToDateWhenNoInputs = value;
    }

    public boolean getHasInputs() {
        return properties != null || fileProperties != null;
    }

    public Map<String, Object> getProperties() {
        return properties == null ? Collections.emptyMap() : Collections.unmodifiableMap(properties);
    }

    public List<String> getFiles() {
        List<String> all = new ArrayList<>();
        if (fileProperties != null) {
            fileProperties.values().forEach(all::addAll);
        }
        return all;
    }

    public String fingerprint() {
        StringBuilder sb = new StringBuilder(taskPath).append('|');
        if (properties != null) {
            properties.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        }
        if (fileProperties != null) {
            for (Map.Entry<String, List<String>> e : fileProperties.entrySet()) {
                sb.append(e.getKey()).append(':').append(String.join(",", e.getValue())).append(';');
            }
        }
        return Integer.toHexString(sb.toString().hashCode());
    }

    public boolean isUpToDate(String previousFingerprint) {
        if (!getHasInputs()) {
            return upToDateWhenNoInputs;
        }
        return fingerprint().equals(previousFingerprint);
    }

    @Override
    public String toString() {
        return taskPath + " properties=" + getProperties() + " files=" + getFiles();
    }

    public static void main(String[] args) {
        B10TaskInputs compile = new B10TaskInputs(":app:compileJava");
        String empty = compile.fingerprint();
        System.out.println(compile.getHasInputs() + " " + compile.isUpToDate(empty) + " " + compile);
        compile.upToDateWhenNoInputs(true);
        compile.removeProperty("nothing");
        System.out.println(compile.isUpToDate("whatever") + " " + compile.getProperties());
        compile.property("sourceCompatibility", 17).property("encoding", "UTF-8")
                .files("sources", "src/main/java/A.java", "src/main/java/B.java");
        String fp = compile.fingerprint();
        System.out.println(compile.isUpToDate(fp) + " " + compile.isUpToDate(empty) + " " + compile);
        compile.property("encoding", null).property("sourceCompatibility", null);
        System.out.println(compile.getHasInputs() + " " + compile.getProperties() + " " + compile.isUpToDate(fp)
                + " " + compile.getFiles().size());
    }
}
