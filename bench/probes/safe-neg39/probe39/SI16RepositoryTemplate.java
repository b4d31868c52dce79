package probe39;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-through repositories of a small ORM layer. The base class creates the row map inside the
 * template method {@code reload} and only then calls the subclass hooks {@code accept} and
 * {@code afterReload}, which use it without a check; {@code onEvict} runs after it is dropped.
 *
 * <p>This class is single-threaded: one unit of work per thread.
 */
public final class SI16RepositoryTemplate {
    private abstract static sealed class Repository permits UserRepository, OrderRepository {
        protected LinkedHashMap<Long, String> rows; // null until reload(), null after evict()
        final int reload(List<String> lines) {
            if (lines == null) {
                throw new IllegalArgumentException("lines is null");
            }
            List<Map.Entry<Long, String>> parsed = new ArrayList<>();
            for (String line : lines) {
                String[] kv = line == null ? new String[0] : line.split("=", 2);
                if (kv.length != 2 || !kv[0].matches("\\d{1,18}")) {
                    throw new IllegalArgumentException("expected id=value: " + line);
                }
                parsed.add(Map.entry(Long.parseLong(kv[0]), kv[1]));
            }
            rows = new LinkedHashMap<>();
            for (Map.Entry<Long, String> e : parsed) {
                if (accept(e.getKey(), e.getValue())) {
                    rows.put(e.getKey(), e.getValue());
                }
            }
            afterReload();
            return rows.size();
        }

        final void evict() {
            rows = null;
            onEvict();
        }

        final Optional<String> find(long id) {
            return rows == null ? Optional.empty() : Optional.ofNullable(rows.get(id));
        }

        // Hooks: accept/afterReload run only inside reload() after rows exists; onEvict after it is gone.
        protected abstract boolean accept(long id, String value);
        protected abstract void afterReload();
        protected abstract void onEvict();
    }

    private static final class UserRepository extends Repository {
        private HashMap<String, Long> idByEmail; // built in afterReload(), dropped in onEvict()

        @Override
        protected boolean accept(long id, String email) {
            return email.contains("@") && !rows.containsKey(id) && !rows.containsValue(email);
        }

        @Override
        protected void afterReload() {
            idByEmail = new HashMap<>();
            rows.forEach((id, email) -> idByEmail.put(email, id));
        }

        @Override
        protected void onEvict() {
            idByEmail = null;
        }
    }

    private static final class OrderRepository extends Repository {
        private static final int CAPACITY = 3;
        private long totalCents;

        @Override
        protected boolean accept(long id, String cents) {
            return id > 0 && rows.size() < CAPACITY && cents.matches("\\d{1,12}");
        }

        @Override
        protected void afterReload() {
            totalCents = rows.values().stream().mapToLong(Long::parseLong).sum();
        }

        @Override
        protected void onEvict() {
            totalCents = 0;
        }
    }

    private final UserRepository users = new UserRepository();
    private final OrderRepository orders = new OrderRepository();

    public int loadUsers(List<String> lines) {
        return users.reload(lines);
    }

    public int loadOrders(List<String> lines) {
        return orders.reload(lines);
    }

    public Optional<String> userEmail(long id) {
        return users.find(id);
    }

    public long userIdByEmail(String email) {
        if (email == null) {
            throw new IllegalArgumentException("email is null");
        }
        return users.idByEmail == null ? -1L : users.idByEmail.getOrDefault(email, -1L);
    }

    public long orderTotalCents() {
        return orders.totalCents;
    }

    public void evictAll() {
        users.evict();
        orders.evict();
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
        SI16RepositoryTemplate db = new SI16RepositoryTemplate();
        check(db.userEmail(1).isEmpty() && db.userIdByEmail("a@x") == -1 && db.orderTotalCents() == 0, "empty");
        db.evictAll();
        expect(IllegalArgumentException.class, () -> db.loadUsers(null));
        expect(IllegalArgumentException.class, () -> db.loadUsers(List.of("x=1")));
        expect(IllegalArgumentException.class, () -> db.loadOrders(java.util.Arrays.asList("1=5", null)));
        expect(IllegalArgumentException.class, () -> db.userIdByEmail(null));

        check(db.loadUsers(List.of("1=ann@x.org", "2=bob@x.org", "3=ann@x.org", "4=not-an-email")) == 2, "users");
        check(db.userEmail(2).orElse("").equals("bob@x.org") && db.userIdByEmail("ann@x.org") == 1, "lookups");
        check(db.loadOrders(List.of("10=500", "0=7", "11=250", "12=x", "13=1", "14=99")) == 3, "orders");
        check(db.orderTotalCents() == 751, "capacity respected");

        db.evictAll();
        db.evictAll();
        check(db.userEmail(1).isEmpty() && db.userIdByEmail("ann@x.org") == -1, "evicted users");
        check(db.orderTotalCents() == 0 && db.userEmail(2).isEmpty(), "evicted orders");

        check(db.loadUsers(List.of("7=cy@x.org")) == 1 && db.userIdByEmail("cy@x.org") == 7, "reloaded");
        check(db.loadUsers(List.of()) == 0 && db.userIdByEmail("cy@x.org") == -1, "reload replaces");
        System.out.println("OK SI16RepositoryTemplate");
    }
}
