package probe33;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public class BH01TokenCache implements AutoCloseable {
    private final String issuer;
    private final Map<String, Map<String, Long>> tenants = new HashMap<>();
    private Map<String, String> tokens = new HashMap<>();
    private Map<String, Integer> scopes;
    private Map<String, Long> issuedAt;
    private int rotations;

    public BH01TokenCache(String issuer, Map<String, Integer> initialScopes) {
        this.issuer = issuer;
        this.scopes = new HashMap<>(initialScopes);
        this.issuedAt = new HashMap<>();
        tenants.put("default", issuedAt);
    }

    public BH01TokenCache(String issuer) {
        this.issuer = issuer;
        this.issuedAt = new HashMap<>();
        tenants.put("default", issuedAt);
    }

    public void store(String subject, String token, int level) {
        Map<String, String> live = tokens;
        if (live == null) {
            throw new IllegalStateException(issuer + " is closed");
        }
        live.put(subject, token);
        if (scopes != null) {
            scopes.put(subject, level);
        }
        Map<String, Long> stamps = issuedAt;
        if (stamps != null) {
            stamps.put(subject, System.nanoTime());
        }
    }

    public int scopeOf(String subject) {
        return scopes.getOrDefault(subject, 0);
    }

    public boolean hasScope(String subject) {
        return scopes != null && scopes.containsKey(subject);
    }

    public String rotate(String subject) {
        rotations++;
        return tokens.merge(subject, issuer + ":" + subject, (old, fresh) -> old + "#" + rotations);
    }

    public String peek(String subject) {
        Map<String, String> snapshot = tokens;
        return snapshot == null ? null : snapshot.get(subject);
    }

    public void createTenant(String tenant) {
        tenants.putIfAbsent(tenant, new HashMap<>());
    }

    public void switchTenant(String tenant) {
        this.issuedAt = tenants.get(tenant);
    }

    public long age(String subject) {
        Long at = issuedAt.get(subject);
        return at == null ? -1L : Math.max(0L, System.nanoTime() - at);
    }

    public boolean isTracked(String subject) {
        Map<String, Long> stamps = issuedAt;
        if (stamps == null) {
            return false;
        }
        return stamps.containsKey(subject);
    }

    public int size() {
        Map<String, String> snapshot = tokens;
        return snapshot == null ? 0 : snapshot.size();
    }

    public int tenantCount() {
        return tenants.size();
    }

    @Override
    public void close() {
        tokens = null;
    }

    public static void main(String[] args) throws Exception {
        BH01TokenCache full = new BH01TokenCache("idp", Map.of("alice", 2));
        full.store("alice", "t1", 3);
        full.createTenant("eu");
        full.switchTenant("eu");
        full.store("bob", "t2", 1);
        System.out.println(full.scopeOf("alice") + " " + full.rotate("bob") + " " + (full.age("bob") >= 0));
        System.out.println(full.peek("alice") + " " + full.isTracked("bob") + " " + full.tenantCount());
        BH01TokenCache lite = new BH01TokenCache("lite");
        lite.store("carol", "t3", 1);
        System.out.println(lite.hasScope("carol") + " " + lite.size() + " " + lite.isTracked("carol"));
        full.close();
        System.out.println(full.size() + " " + full.peek("bob") + " " + full.hasScope("alice"));

        expect(44, () -> lite.scopeOf("carol"));
        expect(53, () -> full.rotate("alice"));
        BH01TokenCache roaming = new BH01TokenCache("roam", Map.of());
        roaming.switchTenant("apac");
        System.out.println(roaming.isTracked("dave") + " " + roaming.size());
        expect(70, () -> roaming.age("dave"));
    }

    private static final String FILE = "BH01TokenCache.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
