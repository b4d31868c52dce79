package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tiny dependency-injection container after Guice / Dagger: bindings map a key to a
 * provider, singletons are cached once the container is configured, and child
 * containers fall back to their parent's bindings.
 */
public class BC04DiContainer {

    private final BC04DiContainer parent;
    private Map<String, Supplier<Object>> bindings = new HashMap<>();
    private Map<String, Object> singletons;
    private Map<String, Object> scopeCache;
    private final List<Runnable> eagerHooks = new ArrayList<>();

    public BC04DiContainer() {
        this(null);
    }

    public BC04DiContainer(BC04DiContainer parent) {
        this.parent = parent;
        eagerHooks.add(() -> scopeCache.put("container", this));
    }

    public BC04DiContainer bind(String key, Supplier<Object> provider) {
        if (bindings == null) {
            throw new IllegalStateException("container disposed");
        }
        bindings.put(key, provider);
        return this;
    }

    public void configure() {
        singletons = new HashMap<>();
    }

    public void enableScopes() {
        scopeCache = new HashMap<>();
    }

    public void runEagerHooks() {
        for (Runnable hook : eagerHooks) {
            hook.run();
        }
    }

    public Object resolve(String key) {
        if (singletons.containsKey(key)) {
            return singletons.get(key);
        }
        Object created = provide(key);
        singletons.put(key, created);
        return created;
    }

    public Object resolveTransient(String key) {
        Map<String, Object> cached = singletons;
        if (cached != null && cached.containsKey(key)) {
            return cached.get(key);
        }
        return provide(key);
    }

    private Object provide(String key) {
        Supplier<Object> p = findProvider(key);
        if (p == null) {
            throw new IllegalArgumentException("no binding for " + key);
        }
        return p.get();
    }

    private Supplier<Object> findProvider(String key) {
        Map<String, Supplier<Object>> own = bindings;
        if (own != null && own.containsKey(key)) {
            return own.get(key);
        }
        if (parent != null) {
            return parent.bindings.get(key);
        }
        return null;
    }

    public boolean canProvide(String key) {
        if (bindings != null && bindings.containsKey(key)) {
            return true;
        }
        return parent != null && parent.bindings != null && parent.bindings.containsKey(key);
    }

    public Object scoped(String key) {
        if (scopeCache == null) {
            return provide(key);
        }
        return scopeCache.computeIfAbsent(key, this::provide);
    }

    public void dispose() {
        bindings = null;
        singletons = null;
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC04DiContainer.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC04DiContainer.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC04DiContainer root = new BC04DiContainer();
        root.bind("clock", () -> "SystemClock").bind("db", () -> new StringBuilder("pool"));
        System.out.println("transient=" + root.resolveTransient("clock") + " scoped=" + root.scoped("db"));
        root.configure();
        root.enableScopes();
        root.runEagerHooks();
        System.out.println("same=" + (root.resolve("db") == root.resolve("db")) + " scopedSame="
                + (root.scoped("clock") == root.scoped("clock")));
        BC04DiContainer child = new BC04DiContainer(root).bind("svc", () -> "Service");
        child.configure();
        System.out.println("child db=" + child.resolve("db") + " can=" + child.canProvide("clock"));
        root.dispose();
        System.out.println("after dispose can=" + child.canProvide("clock") + " own=" + child.resolve("svc"));

        BC04DiContainer fresh = new BC04DiContainer().bind("a", () -> "A");
        expectNpe("resolve before configure", 54, () -> fresh.resolve("a"));
        expectNpe("child falls back to disposed parent", 84, () -> child.resolve("clock"));
        expectNpe("eager hook before scopes", 28, fresh::runEagerHooks);
    }
}
