package probe20b;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Back-reference handles for an object serializer: each distinct object
 * (by identity) gets a small integer the second time it is written.
 */
public class A16HandleTable {

    private static final String FILE = "A16HandleTable.java";

    private IdentityHashMap<Object, Integer> handles;   // created on first assign
    private int nextHandle = 1;

    private IdentityHashMap<Object, Integer> handles() {
        if (handles == null) {
            handles = new IdentityHashMap<>();
        }
        return handles;
    }

    public int assign(Object o) {
        Integer h = handles().get(o);
        if (h == null) {
            h = nextHandle++;
            handles.put(o, h);
        }
        return h;
    }

    public boolean isShared(Object o) {
        return handles != null && handles.containsKey(o);
    }

    /** Handle of an object, or -1 when it was never written. */
    public int handleOf(Object o) {
        Integer h = handles.get(o); // BUG
        return h == null ? -1 : h;
    }

    public int size() {
        return handles().size();
    }

    /** Called between top-level objects of the stream. */
    public void reset() {
        handles = null;
        nextHandle = 1;
    }

    /** Copies this table's handles into another table when a stream forks. */
    public void exportTo(A16HandleTable other) {
        for (Map.Entry<Object, Integer> e : handles().entrySet()) {
            other.handles().put(e.getKey(), e.getValue());
        }
        other.nextHandle = Math.max(other.nextHandle, nextHandle);
    }

    /** True when every object known to {@code other} is known here too. */
    public boolean covers(A16HandleTable other) {
        return handles().keySet().containsAll(other.handles.keySet()); // BUG
    }

    public static void main(String[] args) {
        A16HandleTable t = new A16HandleTable();
        Object a = new Object();
        Object b = new Object();
        assert !t.isShared(a) && t.size() == 0;
        assert t.assign(a) == 1 && t.assign(b) == 2 && t.assign(a) == 1;
        assert t.handleOf(b) == 2 && t.handleOf(new Object()) == -1;
        A16HandleTable fork = new A16HandleTable();
        t.exportTo(fork);
        assert fork.covers(t) && t.covers(fork) && fork.assign(new Object()) == 3;
        t.reset();
        assert !t.isShared(a) && t.size() == 0;

        prove(39, () -> new A16HandleTable().handleOf(new Object()));
        prove(63, () -> {
            A16HandleTable x = new A16HandleTable();
            x.assign("root");
            A16HandleTable y = new A16HandleTable();
            y.assign("root");
            y.reset();
            x.covers(y);
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
