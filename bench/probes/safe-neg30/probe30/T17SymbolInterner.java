package probe30;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

/** Canonicalises identifier strings for a compiler front end without pinning them in memory. */
public final class T17SymbolInterner {
    private WeakHashMap<String, WeakReference<String>> pool; // created on demand, dropped by purge()
    private int hits;

    public synchronized String intern(String s) {
        if (pool == null) pool = new WeakHashMap<>();
        WeakReference<String> ref = pool.get(s);
        String existing = ref == null ? null : ref.get();
        if (existing != null) {
            hits++;
            return existing;
        }
        pool.put(s, new WeakReference<>(s));
        return s;
    }

    public synchronized boolean contains(String s) {
        if (pool == null) return false;
        WeakReference<String> ref = pool.get(s);
        return ref != null && ref.get() != null;
    }

    public synchronized int size() {
        return pool == null ? 0 : pool.size();
    }

    public synchronized int hits() {
        return hits;
    }

    public synchronized void purge() {
        pool = null;
        hits = 0;
    }

    private static String fresh(String s) {
        return new StringBuilder(s).toString(); // a distinct, equal instance
    }

    public static void main(String[] args) throws InterruptedException {
        T17SymbolInterner interner = new T17SymbolInterner();
        assert interner.size() == 0 && interner.hits() == 0;
        assert !interner.contains("main");
        interner.purge();

        String main = interner.intern(fresh("main"));
        String again = interner.intern(fresh("main"));
        assert again == main && interner.hits() == 1;
        assert interner.contains("main") && interner.size() >= 1;

        List<Thread> workers = new ArrayList<>();
        List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 100; k++) results.add(interner.intern(fresh("main")));
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        for (String r : results) assert r == main;
        assert interner.hits() == 401;

        interner.purge();
        assert interner.size() == 0 && !interner.contains("main") && interner.hits() == 0;
        String other = interner.intern(fresh("main"));
        assert other != main && interner.intern(fresh("main")) == other;
        System.out.println("T17 ok");
    }
}
