package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

public class O20ServiceContainer {

    public enum Scope { SINGLETON, PROTOTYPE, REQUEST }

    interface Disposable {
        void dispose();
    }

    private final O20ServiceContainer parent;
    private final Map<String, Function<O20ServiceContainer, Object>> factories = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private Map<String, Object> singletons;
    private Map<String, Object> requestScoped;

    public O20ServiceContainer() {
        this(null);
        singletons = new HashMap<>();
    }

    private O20ServiceContainer(O20ServiceContainer parent) {
        this.parent = parent;
    }

    public O20ServiceContainer child() {
        return new O20ServiceContainer(this);
    }

    public O20ServiceContainer register(String name, Scope scope, Function<O20ServiceContainer, Object> factory) {
        factories.put(name, factory);
        scopes.put(name, scope);
        return this;
    }

    private Object create(String name) {
        return factories.get(name).apply(this);
    }

    public Object get(String name) {
        Scope scope = scopes.get(name);
        if (scope == null) {
            if (parent != null) {
                return parent.get(name);
            }
            throw new IllegalArgumentException("unknown service " + name);
        }
        if (scope == Scope.PROTOTYPE) {
            return create(name);
        }
        if (scope == Scope.REQUEST && requestScoped == null) {
            throw new IllegalStateException("no active request for " + name);
        }
        Map<String, Object> store = scope == Scope.REQUEST ? requestScoped : singletons;
        Object existing = store.get(name);
        if (existing == null) {
            existing = create(name);
            store.put(name, existing);
        }
        return existing;
    }

    public Supplier<Object> provider(String name) {
        if (scopes.get(name) != Scope.REQUEST) {
            return () -> get(name);
        }
        Map<String, Object> store = requestScoped;
        return () -> {
            Object v = store.get(name);
            if (v == null) {
                v = create(name);
                store.put(name, v);
            }
            return v;
        };
    }

    public void beginRequest() {
        requestScoped = new HashMap<>();
    }

    public void endRequest() {
        requestScoped = null;
    }

    public int dispose() {
        int n = 0;
        for (Object service : singletons.values()) {
            if (service instanceof Disposable) {
                ((Disposable) service).dispose();
                n++;
            }
        }
        return n;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O20ServiceContainer.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O20ServiceContainer.java:" + line + " OK");
        } else {
            System.out.println("MISS O20ServiceContainer.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        List<String> events = new ArrayList<>();
        O20ServiceContainer root = new O20ServiceContainer()
                .register("db", Scope.SINGLETON, c -> (Disposable) () -> events.add("db closed"))
                .register("txn", Scope.REQUEST, c -> new Object())
                .register("dto", Scope.PROTOTYPE, c -> new ArrayList<String>());
        if (root.get("db") != root.get("db") || root.get("dto") == root.get("dto")) {
            throw new IllegalStateException("scopes");
        }
        root.beginRequest();
        Supplier<Object> txn = root.provider("txn");
        if (txn.get() != root.get("txn") || root.provider("db").get() != root.get("db")) {
            throw new IllegalStateException("request scope");
        }
        root.endRequest();
        O20ServiceContainer child = root.child().register("dto", Scope.PROTOTYPE, c -> "child dto");
        if (child.get("db") != root.get("db") || !"child dto".equals(child.get("dto")) || root.dispose() != 1) {
            throw new IllegalStateException("child container");
        }

        expectNpe(62, () -> root.child().register("cache", Scope.SINGLETON, c -> new HashMap<String, String>()).get("cache"));
        expectNpe(76, () -> {
            Supplier<Object> early = root.provider("txn");
            root.beginRequest();
            early.get();
        });
        expectNpe(95, () -> child.dispose());
        if (failed > 0) {
            System.exit(1);
        }
    }
}
