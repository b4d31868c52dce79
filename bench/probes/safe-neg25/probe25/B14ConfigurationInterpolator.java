package probe25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apache Commons Configuration style variable interpolator with prefix
 * lookups ({@code ${env:HOME}}), default lookups and an optional parent.
 */
public class B14ConfigurationInterpolator {
    public interface Lookup {
        String lookup(String key);
    }

    private static final int MAX_DEPTH = 8;

    private Map<String, Lookup> prefixLookups; // lazily created
    private final List<Lookup> defaultLookups = new ArrayList<>();
    private B14ConfigurationInterpolator parent;

    public void registerLookup(String prefix, Lookup lookup) {
        if (prefixLookups == null) {
            prefixLookups = new HashMap<>();
        }
        prefixLookups.put(prefix, lookup);
    }

    public boolean deregisterLookup(String prefix) {
        if (prefixLookups == null) {
            return false;
        }
        boolean removed = prefixLookups.remove(prefix) != null;
        if (prefixLookups.isEmpty()) {
            prefixLookups = null;
        }
        return removed;
    }

    public Set<String> prefixSet() {
        return prefixLookups == null ? Collections.emptySet() : Collections.unmodifiableSet(prefixLookups.keySet());
    }

    public void addDefaultLookup(Lookup lookup) {
        defaultLookups.add(lookup);
    }

    public void setParentInterpolator(B14ConfigurationInterpolator parent) {
        this.parent = parent;
    }

    protected String resolve(String var) {
        int colon = var.indexOf(':');
        if (colon > 0 && prefixLookups != null) {
            Lookup l = prefixLookups.get(var.substring(0, colon));
            if (l != null) {
                String v = l.lookup(var.substring(colon + 1));
                if (v != null) {
                    return v;
                }
            }
        }
        for (Lookup l : defaultLookups) {
            String v = l.lookup(var);
            if (v != null) {
                return v;
            }
        }
        return parent != null ? parent.resolve(var) : null;
    }

    public String interpolate(String value) {
        return interpolate(value, 0);
    }

    private String interpolate(String value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int start = value.indexOf("${", pos);
            int end = start < 0 ? -1 : value.indexOf('}', start);
            if (end < 0) {
                return out.append(value, pos, value.length()).toString();
            }
            out.append(value, pos, start);
            String var = value.substring(start + 2, end);
            String resolved = resolve(var);
            out.append(resolved == null ? "${" + var + "}" : interpolate(resolved, depth + 1));
            pos = end + 1;
        }
    }

    public static void main(String[] args) {
        B14ConfigurationInterpolator global = new B14ConfigurationInterpolator();
        Map<String, String> sys = Map.of("user.home", "/home/ci", "app.name", "shop");
        global.addDefaultLookup(sys::get);
        B14ConfigurationInterpolator local = new B14ConfigurationInterpolator();
        local.setParentInterpolator(global);
        System.out.println(local.interpolate("${user.home}/${env:PATH}/${x}") + " " + local.prefixSet()
                + " " + local.deregisterLookup("env"));
        local.registerLookup("env", k -> k.equals("PATH") ? "/usr/bin" : null);
        local.registerLookup("const", k -> k.equals("VERSION") ? "${app.name}-1.0" : null);
        local.registerLookup("once", k -> {
            local.deregisterLookup("once"); // lookups may reconfigure the interpolator
            return "first";
        });
        System.out.println(local.interpolate("${env:PATH}:${const:VERSION}:${once:a}:${once:b}") + " " + local.prefixSet());
        System.out.println(local.deregisterLookup("env") + " " + local.deregisterLookup("const")
                + " " + local.deregisterLookup("const") + " " + local.prefixSet());
        System.out.println(local.interpolate("${const:VERSION} in ${user.home") + " " + global.interpolate(null));
    }
}
