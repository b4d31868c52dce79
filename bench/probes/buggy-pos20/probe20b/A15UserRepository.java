package probe20b;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory repositories. The base class owns a nullable row table that only
 * exists between {@code open()} and {@code close()}.
 */
public class A15UserRepository {

    private static final String FILE = "A15UserRepository.java";

    record User(long id, String name) {
    }

    abstract static class BaseRepository<T> {
        protected Map<Long, T> rows;
        protected boolean auditOnClose;

        void open() {
            rows = new LinkedHashMap<>();
        }

        void close() {
            rows = null;
        }

        boolean isOpen() {
            return rows != null;
        }

        int size() {
            return isOpen() ? rows.size() : 0;
        }
    }

    static final class UserRepo extends BaseRepository<User> {
        final List<String> auditLog = new ArrayList<>();

        void save(User u) {
            if (!isOpen()) {
                open();
            }
            rows.put(u.id(), u);
        }

        User findById(long id) {
            return isOpen() ? rows.get(id) : null;
        }

        List<User> findByName(String name) {
            List<User> out = new ArrayList<>();
            for (User u : rows.values()) { // BUG
                if (u.name().equals(name)) {
                    out.add(u);
                }
            }
            return out;
        }

        @Override void close() {
            if (!isOpen()) {
                return;
            }
            auditLog.add("closing with " + rows.size() + " rows");
            super.close();
            if (auditOnClose) {
                auditLog.add("closed, " + rows.size() + " rows left"); // BUG
            }
        }
    }

    public static void main(String[] args) {
        UserRepo repo = new UserRepo();
        assert repo.findById(1) == null && repo.size() == 0;
        repo.close();
        repo.save(new User(1, "ada"));
        repo.save(new User(2, "alan"));
        assert repo.findById(2).name().equals("alan");
        assert repo.findByName("ada").size() == 1;
        repo.close();
        assert repo.auditLog.equals(List.of("closing with 2 rows")) && repo.size() == 0;

        prove(56, () -> new UserRepo().findByName("ada"));
        prove(71, () -> {
            UserRepo r = new UserRepo();
            r.auditOnClose = true;
            r.save(new User(1, "ada"));
            r.close();
        });
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
