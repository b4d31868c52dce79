package probe22b;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/** Repository that fronts a slow user store with a lazily created cache. */
public class E02UserRepository {

    private static final String FILE = "E02UserRepository.java";

    public record User(long id, String name, String email) {}

    private final LongFunction<User> backend;
    private Map<Long, User> cache;
    private int hits;
    private int misses;

    public E02UserRepository(LongFunction<User> backend) {
        this.backend = backend;
    }

    private Map<Long, User> getCache() {
        if (cache == null) {
            cache = new HashMap<>();
        }
        return cache;
    }

    public Optional<User> findById(long id) {
        User cached = getCache().get(id);
        if (cached != null) {
            hits++;
            return Optional.of(cached);
        }
        misses++;
        User loaded = backend.apply(id);
        if (loaded != null) {
            getCache().put(id, loaded);
        }
        return Optional.ofNullable(loaded);
    }

    public void save(User user) {
        getCache().put(user.id(), user);
    }

    /** Called by the admin console when a user account is deleted. */
    public void evict(long id) {
        cache.remove(id); // BUG
    }

    public boolean isCached(long id) {
        return cache != null && cache.containsKey(id);
    }

    public String stats() {
        return "hits=" + hits + " misses=" + misses + " size=" + cache.size(); // BUG
    }

    public void clear() {
        if (cache != null) {
            cache.clear();
        }
    }

    public static void main(String[] args) {
        LongFunction<User> db = id -> id > 0 ? new User(id, "user" + id, "u" + id + "@example.org") : null;
        E02UserRepository repo = new E02UserRepository(db);
        assert !repo.isCached(1);
        assert repo.findById(1).isPresent() && repo.findById(1).isPresent();
        assert repo.findById(-5).isEmpty();
        repo.save(new User(7, "seven", "7@example.org"));
        assert repo.isCached(7);
        repo.evict(7);
        assert !repo.isCached(7);
        assert repo.stats().equals("hits=1 misses=2 size=1");
        repo.clear();
        new E02UserRepository(db).clear();

        prove(51, () -> new E02UserRepository(db).evict(3));
        prove(59, () -> new E02UserRepository(db).stats());
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
