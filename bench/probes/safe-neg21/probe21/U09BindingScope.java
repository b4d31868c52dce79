package probe21;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lexical scopes for a template engine. The sealed hierarchy has exactly two subclasses:
 * Local always gets a real map, while the shared Empty root gets null and overrides every
 * method whose base implementation touches the map (or the parent).
 */
public abstract sealed class U09BindingScope {

    private final U09BindingScope parent;
    private final Map<String, Object> bindings;

    private U09BindingScope(U09BindingScope parent, Map<String, Object> bindings) {
        this.parent = parent;
        this.bindings = bindings;
    }

    public static U09BindingScope root() {
        return Empty.INSTANCE;
    }

    public U09BindingScope child(Map<String, Object> values) {
        return new Local(this, values == null ? new HashMap<>() : new HashMap<>(values));
    }

    public Object lookup(String name) {
        if (bindings.containsKey(name)) {
            return bindings.get(name);
        }
        return parent.lookup(name);
    }

    public void define(String name, Object value) {
        bindings.put(name, value);
    }

    public int depth() {
        return 1 + parent.depth();
    }

    public Set<String> visibleNames() {
        Set<String> names = new TreeSet<>(parent.visibleNames());
        names.addAll(bindings.keySet());
        return names;
    }

    @Override
    public String toString() {
        return "scope(depth=" + depth() + ", names=" + visibleNames() + ")";
    }

    static final class Empty extends U09BindingScope {
        static final Empty INSTANCE = new Empty();

        private Empty() {
            super(null, null);
        }

        @Override
        public Object lookup(String name) {
            return null;
        }

        @Override
        public void define(String name, Object value) {
            throw new UnsupportedOperationException("the root scope is immutable");
        }

        @Override
        public int depth() {
            return 0;
        }

        @Override
        public Set<String> visibleNames() {
            return Set.of();
        }
    }

    static final class Local extends U09BindingScope {
        private Local(U09BindingScope parent, Map<String, Object> bindings) {
            super(parent, bindings);
        }
    }

    public static void main(String[] args) {
        U09BindingScope root = root();
        System.out.println(root + " " + root.lookup("x"));
        try {
            root.define("x", 1);
        } catch (UnsupportedOperationException expected) {
            System.out.println("root: " + expected.getMessage());
        }
        U09BindingScope page = root.child(Map.of("title", "Home"));
        U09BindingScope loop = page.child(null);
        loop.define("item", "first");
        loop.define("title", "Shadowed");
        System.out.println(loop + " " + loop.lookup("title") + " " + page.lookup("title") + " " + loop.lookup("missing"));
    }
}
