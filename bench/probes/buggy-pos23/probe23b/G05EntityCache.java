package probe23b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** ORM persistence-context cache; two methods bypass the lazy getters and touch the raw fields. */
public class G05EntityCache {
    private static final String FILE = "G05EntityCache.java";
    private static final int L1 = 44;
    private static final int L2 = 63;

    record Entity(long id, String name) { }

    private HashMap<Long, Entity> identityMap;
    private IdentityHashMap<Entity, String> dirty;

    private Map<Long, Entity> identityMap() {
        if (identityMap == null) {
            identityMap = new HashMap<>();
        }
        return identityMap;
    }

    private Map<Entity, String> dirty() {
        if (dirty == null) {
            dirty = new IdentityHashMap<>();
        }
        return dirty;
    }

    public void persist(Entity e) {
        identityMap().put(e.id(), e);
        dirty().put(e, "INSERT");
    }

    public Entity find(long id) {
        return identityMap().get(id);
    }

    public void evict(long id) {
        Entity gone = identityMap.remove(id); // BUG
        if (gone != null && dirty != null) {
            dirty.remove(gone);
        }
    }

    public void detach(long id) {
        Entity gone = identityMap().remove(id);
        if (gone != null) {
            dirty().remove(gone);
        }
    }

    public boolean isManaged(long id) {
        return identityMap != null && identityMap.containsKey(id);
    }

    public List<String> flush() {
        List<String> sql = new ArrayList<>();
        for (Map.Entry<Entity, String> e : dirty.entrySet()) { // BUG
            sql.add(e.getValue() + " " + e.getKey().name());
        }
        dirty.clear();
        return sql;
    }

    public List<String> flushIfDirty() {
        if (dirty == null || dirty.isEmpty()) {
            return List.of();
        }
        return flush();
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G05EntityCache em = new G05EntityCache();
        assert !em.isManaged(1);
        assert em.flushIfDirty().isEmpty();
        em.detach(9);
        assert em.find(1) == null;
        em.persist(new Entity(1, "ann"));
        em.persist(new Entity(2, "bob"));
        assert em.isManaged(2);
        assert em.flush().size() == 2;
        assert em.flushIfDirty().isEmpty();
        em.evict(1);
        assert !em.isManaged(1);
        em.detach(2);
        assert em.find(2) == null;

        try {
            new G05EntityCache().evict(1);
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G05EntityCache fresh = new G05EntityCache();
            fresh.find(3);
            fresh.flush();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
