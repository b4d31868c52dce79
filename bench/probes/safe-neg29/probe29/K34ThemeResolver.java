package probe29;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** UI themes that inherit style values from a parent theme. */
public final class K34ThemeResolver {

    private final String name;
    private final K34ThemeResolver parent;
    private Hashtable<String, String> own;

    private K34ThemeResolver(String name, K34ThemeResolver parent) {
        this.name = name;
        this.parent = parent;
    }

    public static K34ThemeResolver base() {
        K34ThemeResolver t = new K34ThemeResolver("base", null);
        t.set("background", "white").set("foreground", "black").set("font", "sans");
        return t;
    }

    public K34ThemeResolver derive(String childName) {
        return new K34ThemeResolver(childName, this);
    }

    public K34ThemeResolver set(String key, String value) {
        if (own == null) {
            own = new Hashtable<>();
        }
        own.put(key, value);
        return this;
    }

    public K34ThemeResolver unset(String key) {
        if (own != null && own.remove(key) != null && own.isEmpty()) {
            own = null;
        }
        return this;
    }

    public String resolve(String key) {
        for (K34ThemeResolver t = this; t != null; t = t.parent) {
            if (t.own != null) {
                String v = t.own.get(key);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    public String origin(String key) {
        K34ThemeResolver t = this;
        while (t != null && (t.own == null || !t.own.containsKey(key))) {
            t = t.parent;
        }
        return t == null ? "(unset)" : t.name;
    }

    public Map<String, String> flatten() {
        List<K34ThemeResolver> chain = new ArrayList<>();
        for (K34ThemeResolver t = this; t != null; t = t.parent) {
            chain.add(0, t);
        }
        Map<String, String> out = new TreeMap<>();
        for (K34ThemeResolver t : chain) {
            Map<String, String> m = t.own;
            if (m != null) {
                out.putAll(m);
            }
        }
        return out;
    }

    public int depth() {
        return parent == null ? 0 : 1 + parent.depth();
    }

    public static void main(String[] args) {
        K34ThemeResolver base = base();
        K34ThemeResolver dark = base.derive("dark").set("background", "black").set("foreground", "grey");
        K34ThemeResolver darkMono = dark.derive("dark-mono");
        System.out.println(darkMono.depth() + " " + darkMono.flatten());
        System.out.println("font=" + darkMono.resolve("font") + " from " + darkMono.origin("font")
                + " bg from " + darkMono.origin("background") + " accent=" + darkMono.resolve("accent")
                + " from " + darkMono.origin("accent"));
        darkMono.set("font", "mono").set("accent", "cyan");
        System.out.println(darkMono.flatten() + " font from " + darkMono.origin("font"));
        darkMono.unset("font").unset("accent").unset("accent");
        dark.unset("background").unset("foreground");
        System.out.println(darkMono.flatten() + " bg from " + darkMono.origin("background"));
        K34ThemeResolver bare = base.derive("bare").unset("font");
        System.out.println(bare.resolve("font") + " " + bare.origin("nothing"));
    }
}
