package probe29;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Feature flag client; flags are fetched as a payload and versioned by revision. */
public class K21FeatureFlags {

    private Map<String, Boolean> flags;
    private int revision;
    private final String app;

    public K21FeatureFlags(String app) {
        this.app = app;
    }

    public int revision() {
        return revision;
    }

    /** Applies a payload like "dark-mode=on,beta=off" and returns the new revision. */
    public int refresh(String payload) {
        Map<String, Boolean> next = new HashMap<>();
        for (String part : payload.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("malformed flag: '" + part + "'");
            }
            next.put(kv[0].trim(), kv[1].trim().equals("on"));
        }
        flags = next;
        return ++revision;
    }

    public boolean isEnabled(String name) {
        if (revision() == 0) {
            return false;
        }
        return flags.getOrDefault(name, Boolean.FALSE);
    }

    public int enabledCount() {
        int n = 0;
        if (revision() > 0) {
            for (boolean on : flags.values()) {
                if (on) {
                    n++;
                }
            }
        }
        return n;
    }

    public TreeSet<String> changedSince(K21FeatureFlags other) {
        TreeSet<String> out = new TreeSet<>();
        if (revision == 0 || other.revision == 0) {
            return out;
        }
        for (String k : flags.keySet()) {
            if (!flags.get(k).equals(other.flags.get(k))) {
                out.add(k);
            }
        }
        for (String k : other.flags.keySet()) {
            if (!flags.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    public void forget() {
        flags = null;
        revision = 0;
    }

    @Override
    public String toString() {
        return app + "@r" + revision + (revision != 0 ? new TreeSet<>(flags.keySet()).toString() : "[]");
    }

    public static void main(String[] args) {
        K21FeatureFlags web = new K21FeatureFlags("web");
        K21FeatureFlags mobile = new K21FeatureFlags("mobile");
        System.out.println(web + " dark=" + web.isEnabled("dark") + " enabled=" + web.enabledCount()
                + " diff=" + web.changedSince(mobile));
        try {
            web.refresh("dark=on,=off");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        web.refresh("dark=on,beta=off,search=on");
        System.out.println(web + " dark=" + web.isEnabled("dark") + " beta=" + web.isEnabled("beta")
                + " nope=" + web.isEnabled("nope") + " enabled=" + web.enabledCount());
        System.out.println("diff vs unfetched=" + web.changedSince(mobile) + " " + mobile.changedSince(web));
        mobile.refresh("dark=off,search=on,push=on");
        System.out.println("diff=" + web.changedSince(mobile) + " reverse=" + mobile.changedSince(web));
        System.out.println("rev=" + web.refresh("dark=off") + " " + web);
        web.forget();
        System.out.println(web + " dark=" + web.isEnabled("dark") + " enabled=" + web.enabledCount()
                + " diff=" + mobile.changedSince(web));
    }
}
