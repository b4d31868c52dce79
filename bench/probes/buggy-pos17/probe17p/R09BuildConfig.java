package probe17p;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Build profiles; the "fork" copy constructor forgets to copy the overrides map. */
public class R09BuildConfig {

    private final String profile;
    private final List<String> modules;
    private Map<String, String> overrides;

    public R09BuildConfig(String profile) {
        this.profile = profile;
        this.modules = new ArrayList<>();
        this.overrides = new TreeMap<>();
    }

    /** Copy constructor used when forking a profile (e.g. "release" from "default"). */
    public R09BuildConfig(R09BuildConfig other, String newProfile) {
        this.profile = newProfile;
        this.modules = new ArrayList<>(other.modules);
    }

    public R09BuildConfig module(String m) {
        modules.add(m);
        return this;
    }

    public R09BuildConfig set(String key, String value) {
        overrides.put(key, value); // BUG
        return this;
    }

    public String get(String key, String defaultValue) {
        return overrides.getOrDefault(key, defaultValue); // BUG
    }

    public int overrideCount() {
        return overrides == null ? 0 : overrides.size();
    }

    @Override
    public String toString() {
        return profile + modules + (overrides == null ? "{}" : overrides.toString());
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R09BuildConfig.java:" + line;
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
        if (top != null && "R09BuildConfig.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R09BuildConfig base = new R09BuildConfig("default").module("core").set("jvm.target", "17");
        System.out.println(base + " target=" + base.get("jvm.target", "11"));

        prove(33, () -> {
            R09BuildConfig release = new R09BuildConfig(base, "release");
            release.set("minify", "true");
        });
        prove(38, () -> {
            R09BuildConfig ci = new R09BuildConfig(base, "ci").module("it-tests");
            System.out.println(ci + " overrides=" + ci.overrideCount());
            System.out.println("target=" + ci.get("jvm.target", "11"));
        });
    }
}
