package probe18;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory user repository with a secondary e-mail index, as used in service unit tests. */
public final class N08UserRepository {

    public record User(long id, String email, String name) {
    }

    private Map<Long, User> byId;
    private Map<String, Long> byEmail;
    private long nextId;

    public N08UserRepository() {
        this(Map.of());
    }

    public N08UserRepository(Map<Long, User> seed) {
        Objects.requireNonNull(seed, "seed");
        byId = new HashMap<>(seed);
        byEmail = new HashMap<>();
        seed.values().forEach(this::index);
        nextId = seed.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    }

    private void index(User u) {
        byEmail.put(u.email().toLowerCase(Locale.ROOT), u.id());
    }

    public User create(String email, String name) {
        if (byEmail.containsKey(email.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("duplicate email " + email);
        }
        User u = new User(nextId++, email, name);
        byId.put(u.id(), u);
        index(u);
        return u;
    }

    public Optional<User> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<User> findByEmail(String email) {
        Long id = byEmail.get(email.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : findById(id);
    }

    public boolean delete(long id) {
        User removed = byId.remove(id);
        if (removed != null) {
            byEmail.remove(removed.email().toLowerCase(Locale.ROOT));
        }
        return removed != null;
    }

    public int count() {
        return byId.size();
    }

    public static void main(String[] args) {
        N08UserRepository repo = new N08UserRepository(Map.of(7L, new User(7, "Root@Example.org", "root")));
        System.out.println(repo.findByEmail("root@example.org"));
        User ann = repo.create("ann@example.org", "Ann");
        System.out.println(ann + " count=" + repo.count());
        System.out.println("delete missing: " + repo.delete(999));
        System.out.println("delete ann: " + repo.delete(ann.id()) + " lookup: " + repo.findByEmail("ANN@example.org"));
        N08UserRepository empty = new N08UserRepository();
        System.out.println(empty.findById(1) + " " + empty.count() + " " + empty.create("x@y.z", "X").id());
    }
}
