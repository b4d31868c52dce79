package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An OAuth2 token store that is persisted as a JSON-like document. */
public class BD08OAuthTokenStore {

    record Token(String access, String refresh, long expiresAt) {
    }

    /** What the persistence layer hands back; absent properties are null. */
    record StoredDocument(Map<String, Token> tokens, Map<String, String> refreshIndex) {
    }

    private final List<String> errors = new ArrayList<>();
    private Map<String, Token> tokensByClient;
    private Map<String, String> refreshIndex;

    /** Required by the binder. */
    public BD08OAuthTokenStore() {
    }

    public void setTokens(Map<String, Token> tokens) {
        this.tokensByClient = tokens;
    }

    public void setRefreshIndex(Map<String, String> refreshIndex) {
        this.refreshIndex = refreshIndex;
    }

    static BD08OAuthTokenStore bind(StoredDocument doc) {
        BD08OAuthTokenStore store = new BD08OAuthTokenStore();
        if (doc.tokens() != null) {
            store.setTokens(new HashMap<>(doc.tokens()));
        }
        if (doc.refreshIndex() != null) {
            store.setRefreshIndex(new HashMap<>(doc.refreshIndex()));
        }
        return store;
    }

    void save(String client, Token token) {
        if (tokensByClient == null) {
            tokensByClient = new HashMap<>();
        }
        tokensByClient.put(client, token);
        if (refreshIndex != null) {
            refreshIndex.put(token.refresh(), client);
        }
    }

    String clientForRefresh(String refresh) {
        Map<String, String> idx = refreshIndex;
        return idx == null ? null : idx.get(refresh);
    }

    Token rotate(String client, String oldRefresh, long now) {
        Token fresh = new Token("at-" + now, "rt-" + now, now + 3600);
        refreshIndex.remove(oldRefresh);
        save(client, fresh);
        return fresh;
    }

    void reload(List<String> lines) {
        try {
            Map<String, Token> parsed = new HashMap<>();
            for (String line : lines) {
                String[] p = line.split(",");
                parsed.put(p[0], new Token(p[1], p[2], Long.parseLong(p[3])));
            }
            tokensByClient = parsed;
        } catch (RuntimeException e) {
            errors.add("reload failed: " + e);
            tokensByClient = null;
        }
    }

    int countExpired(long now) {
        int expired = 0;
        for (Token t : tokensByClient.values()) {
            if (t.expiresAt() <= now) {
                expired++;
            }
        }
        return expired;
    }

    int size() {
        Map<String, Token> snapshot = tokensByClient;
        return snapshot == null ? 0 : snapshot.size();
    }

    public static void main(String[] args) {
        Token t1 = new Token("at-1", "rt-1", 100);
        BD08OAuthTokenStore full = bind(new StoredDocument(Map.of("web", t1), Map.of("rt-1", "web")));
        Token rotated = full.rotate("web", "rt-1", 50);
        System.out.println("rotated to " + rotated.refresh() + ", owner " + full.clientForRefresh(rotated.refresh())
                + ", old owner " + full.clientForRefresh("rt-1"));
        full.reload(List.of("web,at-2,rt-2,10", "cli,at-3,rt-3,500"));
        System.out.println("expired at 100: " + full.countExpired(100) + " of " + full.size());
        BD08OAuthTokenStore legacy = bind(new StoredDocument(Map.of("web", t1), null));
        legacy.save("mobile", new Token("at-9", "rt-9", 900));
        System.out.println("legacy size " + legacy.size() + ", owner of rt-9 " + legacy.clientForRefresh("rt-9"));
        BD08OAuthTokenStore broken = new BD08OAuthTokenStore();
        broken.reload(List.of("web,at-1,rt-1,soon"));
        System.out.println("broken size " + broken.size() + " errors " + broken.errors);

        try {
            legacy.rotate("web", "rt-1", 60);
            noNpe("rotate on a store bound without refreshIndex");
        } catch (NullPointerException e) {
            expect(e, 62);
        }
        try {
            System.out.println("expired: " + broken.countExpired(0));
            noNpe("countExpired after a failed reload");
        } catch (NullPointerException e) {
            expect(e, 83);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD08OAuthTokenStore.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
