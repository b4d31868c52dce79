package probe33;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A client-side secrets cache (Vault/AWS Secrets Manager style). A lease is represented
 * by an {@code Optional<Instant>} field holding the lease start; the secrets map is filled
 * at the same moment and wiped together with the lease. Methods test the Optional only.
 */
public class SC30SecretsVault {

    private final Map<String, String> backend;
    private Optional<Instant> leaseStart = Optional.empty();
    private Map<String, String> secrets;

    public SC30SecretsVault(Map<String, String> backend) {
        this.backend = Map.copyOf(backend);
    }

    public void login(String token) {
        if (!"s.valid".equals(token)) {
            throw new IllegalArgumentException("permission denied");
        }
        secrets = new HashMap<>(backend);
        leaseStart = Optional.of(Instant.now());
    }

    public void revoke() {
        leaseStart = Optional.empty();
        secrets = null;
    }

    public String read(String path) {
        if (leaseStart.isEmpty()) {
            throw new IllegalStateException("no active lease; login first");
        }
        String v = secrets.get(path);
        if (v == null) {
            throw new NoSuchElementException("no secret at " + path);
        }
        return v;
    }

    public Optional<String> tryRead(String path) {
        return leaseStart.map(start -> secrets.get(path));
    }

    public Duration leaseAge() {
        return leaseStart.map(s -> Duration.between(s, Instant.now())).orElse(Duration.ZERO);
    }

    public int cachedCount() {
        return leaseStart.isPresent() ? secrets.size() : 0;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void loggedOut(SC30SecretsVault v) {
        try {
            v.read("db/password");
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        check(v.tryRead("db/password").isEmpty(), "tryRead");
        check(v.leaseAge().isZero() && v.cachedCount() == 0, "no lease");
    }

    public static void main(String[] args) {
        SC30SecretsVault v = new SC30SecretsVault(Map.of("db/password", "hunter2", "api/key", "k-1"));
        loggedOut(v);
        v.revoke();
        loggedOut(v);
        try {
            v.login("s.expired");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        loggedOut(v);

        v.login("s.valid");
        check(v.read("db/password").equals("hunter2") && v.cachedCount() == 2, "read");
        check(v.tryRead("api/key").orElseThrow().equals("k-1") && v.tryRead("nope").isEmpty(), "tryRead");
        check(!v.leaseAge().isNegative(), "age");
        try {
            v.read("nope");
            throw new AssertionError("expected NSEE");
        } catch (NoSuchElementException expected) {
            // ok
        }

        v.revoke();
        loggedOut(v);
        v.revoke();
        loggedOut(v);

        v.login("s.valid");
        check(v.read("api/key").equals("k-1") && v.cachedCount() == 2, "relogin");
        System.out.println("SC30 ok");
    }
}
