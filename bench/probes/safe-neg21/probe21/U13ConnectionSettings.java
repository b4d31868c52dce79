package probe21;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * JDBC-style connection settings layered over optional site defaults. The defaults
 * {@code Properties} may legitimately be null; it is only passed to {@code new Properties(..)},
 * which accepts null, or read behind an explicit null test.
 */
public final class U13ConnectionSettings {

    private final Properties defaults;
    private Properties effective;

    public U13ConnectionSettings(Properties siteDefaults) {
        this.defaults = siteDefaults;
        this.effective = new Properties(siteDefaults);
    }

    public void loadOverrides(String propertiesText) throws IOException {
        Properties next = new Properties(defaults);
        next.putAll(effective);
        next.load(new StringReader(propertiesText));
        effective = next;
    }

    public void set(String key, String value) {
        effective.setProperty(key, value);
    }

    public String get(String key) {
        return effective.getProperty(key);
    }

    public String sourceOf(String key) {
        if (effective.containsKey(key)) {
            return "override";
        }
        if (defaults != null && defaults.getProperty(key) != null) {
            return "default";
        }
        return "unset";
    }

    public Set<String> keys() {
        return new TreeSet<>(effective.stringPropertyNames());
    }

    public void resetToDefaults() {
        effective = new Properties(defaults);
    }

    public U13ConnectionSettings withExtraDefaults(Properties more) {
        Properties merged = new Properties();
        if (defaults != null) {
            merged.putAll(defaults);
        }
        if (more != null) {
            merged.putAll(more);
        }
        U13ConnectionSettings copy = new U13ConnectionSettings(merged);
        copy.effective.putAll(effective);
        return copy;
    }

    public static void main(String[] args) throws IOException {
        U13ConnectionSettings bare = new U13ConnectionSettings(null);
        System.out.println(bare.get("url") + " " + bare.sourceOf("url") + " " + bare.keys());
        bare.loadOverrides("url=jdbc:h2:mem:test\npoolSize=4\n");
        System.out.println(bare.get("url") + " " + bare.sourceOf("poolSize") + " " + bare.keys());
        bare.resetToDefaults();
        System.out.println(bare.keys());

        Properties site = new Properties();
        site.setProperty("poolSize", "10");
        site.setProperty("timeout", "30s");
        U13ConnectionSettings svc = new U13ConnectionSettings(site);
        svc.set("poolSize", "20");
        System.out.println(svc.get("poolSize") + " " + svc.sourceOf("poolSize") + " " + svc.sourceOf("timeout") + " " + svc.keys());

        Properties extra = new Properties();
        extra.setProperty("ssl", "true");
        U13ConnectionSettings both = bare.withExtraDefaults(extra).withExtraDefaults(null);
        System.out.println(both.keys() + " " + both.sourceOf("ssl"));
    }
}
