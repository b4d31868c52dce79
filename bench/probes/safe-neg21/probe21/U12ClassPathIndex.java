package probe21;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Class-path index that supports cheap copies via clone(). Both maps are optional:
 * {@code packages} is created by the first add() and dropped by clear(), {@code manifest}
 * is whatever setManifest() was given (possibly null). clone() deep-copies only the maps
 * that exist, and every other method tests the field first.
 * Not thread-safe (like HashMap): an instance is confined to one thread.
 */
public final class U12ClassPathIndex implements Cloneable {

    private final String root;
    private Map<String, List<String>> packages;
    private Map<String, String> manifest;

    public U12ClassPathIndex(String root) {
        this.root = root;
    }

    public void add(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        if (packages == null) {
            packages = new TreeMap<>();
        }
        packages.computeIfAbsent(pkg, p -> new ArrayList<>()).add(className.substring(dot + 1));
    }

    public List<String> classesIn(String pkg) {
        if (packages == null) {
            return List.of();
        }
        List<String> classes = packages.get(pkg);
        return classes == null ? List.of() : Collections.unmodifiableList(classes);
    }

    public void setManifest(Map<String, String> manifest) {
        this.manifest = manifest == null ? null : new LinkedHashMap<>(manifest);
    }

    public String mainClass() {
        return manifest != null ? manifest.get("Main-Class") : null;
    }

    public void clear() {
        packages = null;
    }

    @Override
    public U12ClassPathIndex clone() {
        try {
            U12ClassPathIndex copy = (U12ClassPathIndex) super.clone();
            if (packages != null) {
                copy.packages = new TreeMap<>();
                packages.forEach((pkg, classes) -> copy.packages.put(pkg, new ArrayList<>(classes)));
            }
            if (manifest != null) {
                copy.manifest = new LinkedHashMap<>(manifest);
            }
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("Cloneable is implemented", e);
        }
    }

    @Override
    public String toString() {
        return root + (packages == null ? " (empty)" : " " + packages) + (manifest == null ? "" : " " + manifest);
    }

    public static void main(String[] args) {
        U12ClassPathIndex empty = new U12ClassPathIndex("lib/empty.jar");
        U12ClassPathIndex emptyCopy = empty.clone();
        System.out.println(emptyCopy + " " + emptyCopy.classesIn("a") + " " + emptyCopy.mainClass());

        U12ClassPathIndex app = new U12ClassPathIndex("lib/app.jar");
        app.add("com.acme.App");
        app.add("com.acme.util.Strings");
        app.add("Bootstrap");
        app.setManifest(Map.of("Main-Class", "com.acme.App"));
        U12ClassPathIndex copy = app.clone();
        app.add("com.acme.Late");
        app.clear();
        app.setManifest(null);
        System.out.println(app + " | " + copy + " " + copy.classesIn("com.acme") + " " + copy.mainClass());
        copy.add("com.acme.Extra");
        System.out.println(copy.classesIn("com.acme"));
    }
}
