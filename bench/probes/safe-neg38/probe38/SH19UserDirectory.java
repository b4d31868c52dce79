package probe38;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * In-memory user directory with a forward and a reverse index. The two maps
 * are always built into locals and published together by load(), and dropped
 * together by unload(), so testing either one tells whether both exist; the
 * methods below deliberately test whichever is handy. Single-threaded.
 */
public final class SH19UserDirectory {

    private Map<Integer, String> nameById; // created and dropped together with idByName
    private Map<String, Integer> idByName;
    private int loads;

    /** Rows look like {@code 17:alice}. Nothing is published if a row is malformed. */
    public void load(List<String> rows) {
        if (rows == null) {
            throw new IllegalArgumentException("rows");
        }
        Map<Integer, String> byId = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (String row : rows) {
            int colon = row == null ? -1 : row.indexOf(':');
            if (colon <= 0 || colon == row.length() - 1) {
                throw new IllegalArgumentException("malformed row: " + row);
            }
            int id = Integer.parseInt(row.substring(0, colon));
            String name = row.substring(colon + 1);
            if (byId.containsKey(id) || byName.containsKey(name)) {
                throw new IllegalArgumentException("duplicate row: " + row);
            }
            byId.put(id, name);
            byName.put(name, id);
        }
        nameById = byId;
        idByName = byName;
        loads++;
    }

    public void unload() {
        nameById = null;
        idByName = null;
    }

    public Optional<String> nameOf(int id) {
        if (nameById == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(nameById.get(id));
    }

    public OptionalInt idOf(String name) {
        if (nameById == null) {
            return OptionalInt.empty();
        }
        Integer id = idByName.get(name);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    public boolean rename(int id, String newName) {
        if (newName == null || newName.isEmpty()) {
            throw new IllegalArgumentException("newName");
        }
        if (idByName == null) {
            return false;
        }
        String old = nameById.get(id);
        if (old == null || idByName.containsKey(newName)) {
            return false;
        }
        idByName.remove(old);
        idByName.put(newName, id);
        nameById.put(id, newName);
        return true;
    }

    public int size() {
        return idByName == null ? 0 : nameById.size();
    }

    public static void main(String[] args) {
        SH19UserDirectory dir = new SH19UserDirectory();
        // phase 1: before the maps exist
        check(dir.nameOf(1).isEmpty() && dir.idOf("alice").isEmpty() && dir.size() == 0, "empty");
        check(!dir.rename(1, "bob"), "nothing to rename");
        expect(IllegalArgumentException.class, () -> dir.load(List.of("1:alice", "oops")));
        check(dir.size() == 0, "failed load published nothing");
        // phase 2: while they exist
        dir.load(List.of("1:alice", "2:bob", "3:carol"));
        check("bob".equals(dir.nameOf(2).orElse("")) && dir.idOf("carol").equals(OptionalInt.of(3)), "lookups");
        check(dir.rename(2, "robert") && !dir.rename(3, "alice") && !dir.rename(9, "x"), "renames");
        check(dir.idOf("bob").isEmpty() && dir.idOf("robert").equals(OptionalInt.of(2)), "reverse index updated");
        expect(NumberFormatException.class, () -> dir.load(List.of("x:y")));
        check(dir.size() == 3, "old maps kept after failed reload");
        // phase 3: after they are dropped (twice)
        dir.unload();
        dir.unload();
        check(dir.nameOf(1).isEmpty() && dir.idOf("alice").isEmpty() && !dir.rename(1, "z"), "unloaded");
        // phase 4: created again
        dir.load(List.of("7:dave"));
        check(dir.size() == 1 && dir.idOf("dave").equals(OptionalInt.of(7)) && dir.nameOf(1).isEmpty(), "reloaded");
        System.out.println("SH19UserDirectory OK size=" + dir.size() + " loads=" + dir.loads);
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
