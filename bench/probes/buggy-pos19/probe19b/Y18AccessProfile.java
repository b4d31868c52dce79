package probe19b;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Value object for a user's access grants; users still being provisioned get a pending profile. */
public final class Y18AccessProfile {

    private final String name;
    private final Map<String, Set<String>> grants; // resource -> actions

    private Y18AccessProfile(String name, Map<String, Set<String>> grants) {
        this.name = name;
        this.grants = grants;
    }

    static Y18AccessProfile of(String name, Map<String, Set<String>> grants) {
        return new Y18AccessProfile(name, new TreeMap<>(grants));
    }

    /** Placeholder while the identity provider provisions the user. */
    static Y18AccessProfile pending(String name) {
        return new Y18AccessProfile(name, null);
    }

    boolean allows(String resource, String action) {
        if (grants == null) {
            return false;
        }
        return grants.getOrDefault(resource, Set.of()).contains(action);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, grants);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Y18AccessProfile other)) {
            return false;
        }
        return Objects.equals(name, other.name) && grants.equals(other.grants); // BUG
    }

    @Override
    public String toString() {
        return name + grants.keySet(); // BUG
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y18AccessProfile.java:" + line;
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
        if (top != null && "Y18AccessProfile.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y18AccessProfile admin = of("admin", Map.of("billing", Set.of("read", "write")));
        Set<Y18AccessProfile> seen = new HashSet<>();
        seen.add(admin);
        seen.add(pending("bob"));
        System.out.println(admin + " " + admin.allows("billing", "write") + " "
                + pending("bob").allows("billing", "read") + " "
                + seen.contains(of("admin", Map.of("billing", Set.of("write", "read")))) + " size=" + seen.size());

        prove(49, () -> System.out.println(seen.contains(pending("bob"))));
        prove(54, () -> System.out.println("provisioning " + pending("carol")));
    }
}
