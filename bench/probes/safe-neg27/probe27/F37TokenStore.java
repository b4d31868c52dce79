package probe27;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * OAuth-ish token store. When closed, the table is null; every public operation first runs a guard
 * that throws in that case (a void checker, a returning checker, and a generic always-throwing helper).
 */
public final class F37TokenStore {
    public record Token(String id, String subject, long expiresAt) {}

    private Map<String, Token> tokens = new HashMap<>(); // null once closed
    private long issued;

    private void checkOpen() {
        if (tokens == null) throw new IllegalStateException("token store is closed");
    }

    private void throwClosed() {
        throw new IllegalStateException("token store is closed");
    }

    private static <T> T fail(String message) {
        throw new IllegalStateException(message);
    }

    private Map<String, Token> openTokens() {
        Map<String, Token> t = tokens;
        return t != null ? t : F37TokenStore.<Map<String, Token>>fail("token store is closed");
    }

    public Token issue(String subject, long now, long ttl) {
        checkOpen();
        Token t = new Token("tok-" + (++issued), subject, now + ttl);
        tokens.put(t.id(), t);
        return t;
    }

    public boolean validate(String id, long now) {
        checkOpen();
        Token t = tokens.get(id);
        return t != null && t.expiresAt() > now;
    }

    public boolean revoke(String id) {
        if (tokens == null) throwClosed();
        return tokens.remove(id) != null;
    }

    public int purgeExpired(long now) {
        int purged = 0;
        for (Iterator<Token> it = openTokens().values().iterator(); it.hasNext();) {
            if (it.next().expiresAt() <= now) {
                it.remove();
                purged++;
            }
        }
        return purged;
    }

    public int size() { return openTokens().size(); }

    public boolean isOpen() { return tokens != null; }

    public void close() { tokens = null; }

    public void reopen() {
        if (tokens == null) tokens = new HashMap<>();
    }

    public static void main(String[] args) {
        F37TokenStore store = new F37TokenStore();
        Token a = store.issue("ann", 0, 100);
        Token b = store.issue("bob", 0, 50);
        assert store.size() == 2 && store.validate(a.id(), 99) && !store.validate(a.id(), 100);
        assert !store.validate("tok-404", 0);
        assert store.purgeExpired(60) == 1 && !store.validate(b.id(), 10) && store.size() == 1;
        assert store.revoke(a.id()) && !store.revoke(a.id()) && store.size() == 0;

        store.close();
        store.close();
        assert !store.isOpen();
        int refused = 0;
        try { store.issue("x", 0, 1); } catch (IllegalStateException expected) { refused++; }
        try { store.validate("tok-1", 0); } catch (IllegalStateException expected) { refused++; }
        try { store.revoke("tok-1"); } catch (IllegalStateException expected) { refused++; }
        try { store.purgeExpired(0); } catch (IllegalStateException expected) { refused++; }
        try { store.size(); } catch (IllegalStateException expected) { refused++; }
        assert refused == 5;

        store.reopen();
        store.reopen();
        assert store.isOpen() && store.size() == 0;
        assert store.issue("cid", 10, 5).id().equals("tok-3") && store.validate("tok-3", 14);
        System.out.println("F37 ok");
    }
}
