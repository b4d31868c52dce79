package probe31;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** DNS-style resolution cache built lazily with double-checked locking; flush() discards the table. */
public final class I21DoubleCheckedCache {
    private final Function<String, Long> resolver;
    private final AtomicInteger builds = new AtomicInteger();
    private volatile ConcurrentHashMap<String, Long> resolved; // null until first lookup, and after flush()

    public I21DoubleCheckedCache(Function<String, Long> resolver) {
        this.resolver = resolver;
    }

    private ConcurrentHashMap<String, Long> table() {
        ConcurrentHashMap<String, Long> t = resolved;
        if (t == null) {
            synchronized (this) {
                t = resolved;
                if (t == null) {
                    t = new ConcurrentHashMap<>();
                    resolved = t;
                    builds.incrementAndGet();
                }
            }
        }
        return t;
    }

    public long resolve(String host) {
        if (host == null) {
            throw new IllegalArgumentException("host is required");
        }
        Long address = table().computeIfAbsent(host, resolver);
        if (address == null) {
            throw new IllegalArgumentException("unresolvable host " + host);
        }
        return address;
    }

    public boolean isCached(String host) {
        ConcurrentHashMap<String, Long> t = resolved;
        return t != null && host != null && t.containsKey(host);
    }

    public int cachedCount() {
        ConcurrentHashMap<String, Long> t = resolved;
        return t == null ? 0 : t.size();
    }

    public void flush() {
        resolved = null;
    }

    public int builds() {
        return builds.get();
    }

    public static void main(String[] args) throws Exception {
        I21DoubleCheckedCache dns = new I21DoubleCheckedCache(h -> h.startsWith("bad") ? null : (long) h.hashCode() & 0xffffffffL);
        if (dns.isCached("a.example") || dns.cachedCount() != 0 || dns.builds() != 0) throw new AssertionError("fresh");
        dns.flush();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] fs = new Future<?>[8];
            for (int i = 0; i < fs.length; i++) {
                String host = "h" + (i % 3) + ".example";
                fs[i] = pool.submit(() -> dns.resolve(host));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        if (dns.builds() != 1 || dns.cachedCount() != 3) throw new AssertionError("concurrent build");
        try {
            dns.resolve("bad.example");
            throw new AssertionError("bad host resolved");
        } catch (IllegalArgumentException expected) {
            // unresolvable
        }
        try {
            dns.resolve(null);
            throw new AssertionError("null host");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        dns.flush();
        if (dns.isCached("h1.example") || dns.isCached(null)) throw new AssertionError("flushed");
        long addr = dns.resolve("h1.example");
        System.out.println("I21 addr=" + addr + " builds=" + dns.builds() + " cached=" + dns.isCached("h1.example"));
    }
}
