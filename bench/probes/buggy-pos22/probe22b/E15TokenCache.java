package probe22b;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/** OAuth access-token cache of a service client; key rotation drops every token. */
public class E15TokenCache {

    private static final String FILE = "E15TokenCache.java";

    public record Token(String value, long expiresAt) {}

    private final Function<String, Token> issuer;
    private volatile ConcurrentMap<String, Token> tokens;

    public E15TokenCache(Function<String, Token> issuer) {
        this.issuer = issuer;
    }

    private ConcurrentMap<String, Token> tokens() {
        ConcurrentMap<String, Token> t = tokens;
        if (t == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new ConcurrentHashMap<>();
                }
                t = tokens;
            }
        }
        return t;
    }

    public Token tokenFor(String client, long now) {
        Token t = tokens().get(client);
        if (t == null || t.expiresAt() <= now) {
            t = issuer.apply(client);
            tokens().put(client, t);
        }
        return t;
    }

    /** Key rotation: forget everything and let the next request re-issue. */
    public void invalidateAll() {
        tokens = null;
    }

    /** Background refresher: renews tokens that are about to expire. */
    public int refreshExpiring(long now, long window) {
        int renewed = 0;
        for (Map.Entry<String, Token> e : tokens.entrySet()) { // BUG
            if (e.getValue().expiresAt() - now < window) {
                e.setValue(issuer.apply(e.getKey()));
                renewed++;
            }
        }
        return renewed;
    }

    /** Logout endpoint. */
    public void revoke(String client) {
        tokens.remove(client); // BUG
    }

    public int size() {
        ConcurrentMap<String, Token> t = tokens;
        return t == null ? 0 : t.size();
    }

    public static void main(String[] args) {
        long[] clock = {0};
        E15TokenCache cache = new E15TokenCache(c -> new Token(c + "@" + clock[0], clock[0] + 100));
        assert cache.size() == 0;
        Token t1 = cache.tokenFor("billing", 0);
        assert cache.tokenFor("billing", 50) == t1 && cache.size() == 1;
        clock[0] = 150;
        assert cache.tokenFor("billing", 150) != t1;
        cache.tokenFor("search", 150);
        clock[0] = 240;
        assert cache.refreshExpiring(240, 20) == 2;
        cache.revoke("search");
        assert cache.size() == 1;
        cache.invalidateAll();
        assert cache.size() == 0;

        prove(52, () -> cache.refreshExpiring(300, 20));
        prove(63, () -> cache.revoke("billing"));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
