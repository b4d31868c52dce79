package probe39;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Role-based permission checker for an admin backend. Until the first grant there is no grant
 * table at all, and {@link #revokeAll()} drops it again. Every dereference of the table is the
 * right-hand operand of a short-circuit {@code &&} or {@code ||} whose left operand tests it.
 *
 * <p>This class is single-threaded: it is rebuilt and queried on the request thread only.
 */
public final class SI08PermissionChecker {
    private HashMap<String, Set<String>> grants; // role -> permissions; null until first grant

    public void grant(String role, String permission) {
        requireName(role, "role");
        requireName(permission, "permission");
        if (grants == null) {
            grants = new HashMap<>();
        }
        grants.computeIfAbsent(role, r -> new HashSet<>()).add(permission);
    }

    public boolean isAllowed(String role, String permission) {
        requireName(role, "role");
        requireName(permission, "permission");
        Set<String> perms;
        return grants != null
                && (perms = grants.get(role)) != null
                && (perms.contains(permission) || perms.contains("*"));
    }

    public boolean revoke(String role, String permission) {
        requireName(role, "role");
        requireName(permission, "permission");
        Set<String> perms;
        if (grants == null || (perms = grants.get(role)) == null || !perms.remove(permission)) {
            return false;
        }
        if (perms.isEmpty()) {
            grants.remove(role);
        }
        return true;
    }

    public boolean hasAnyGrant() {
        return grants != null && !grants.isEmpty();
    }

    public List<String> rolesWith(String permission) {
        requireName(permission, "permission");
        List<String> out = new ArrayList<>();
        if (grants == null || grants.isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Set<String>> e : grants.entrySet()) {
            if (e.getValue().contains(permission) || e.getValue().contains("*")) {
                out.add(e.getKey());
            }
        }
        Collections.sort(out);
        return out;
    }

    public int roleCount() {
        int n = 0;
        if (grants != null && !grants.isEmpty()) {
            n = grants.size();
        }
        return n;
    }

    public void revokeAll() {
        grants = null;
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be non-blank");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI08PermissionChecker checker = new SI08PermissionChecker();
        check(!checker.isAllowed("admin", "users.delete"), "nothing granted yet");
        check(!checker.revoke("admin", "users.delete"), "nothing to revoke");
        check(!checker.hasAnyGrant() && checker.roleCount() == 0, "no grants");
        check(checker.rolesWith("users.read").isEmpty(), "no roles");
        expect(IllegalArgumentException.class, () -> checker.grant(null, "x"));
        expect(IllegalArgumentException.class, () -> checker.isAllowed("admin", " "));
        expect(IllegalArgumentException.class, () -> checker.rolesWith(null));

        checker.grant("admin", "*");
        checker.grant("viewer", "users.read");
        checker.grant("editor", "users.read");
        checker.grant("editor", "users.write");
        check(checker.isAllowed("admin", "anything") && checker.isAllowed("viewer", "users.read"), "allowed");
        check(!checker.isAllowed("viewer", "users.write") && !checker.isAllowed("guest", "users.read"), "denied");
        check(checker.rolesWith("users.write").equals(List.of("admin", "editor")), "writers");
        check(checker.revoke("viewer", "users.read") && checker.roleCount() == 2, "viewer emptied");
        check(!checker.revoke("viewer", "users.read"), "viewer already gone");

        checker.revokeAll();
        checker.revokeAll();
        check(!checker.isAllowed("admin", "anything") && !checker.hasAnyGrant(), "all revoked");
        check(checker.rolesWith("users.read").isEmpty() && checker.roleCount() == 0, "empty after revokeAll");

        checker.grant("ops", "deploy");
        check(checker.isAllowed("ops", "deploy") && checker.roleCount() == 1, "granted again");
        check(checker.revoke("ops", "deploy") && !checker.hasAnyGrant(), "empty table but present");
        check(!checker.isAllowed("ops", "deploy"), "revoked");
        System.out.println("OK SI08PermissionChecker");
    }
}
