package probe27;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;

/** JNDI-like contexts: the Hashtable environment is optional, lookups go through a template method. */
public final class F21NamingContext {

    public abstract static class AbstractContext {
        private Hashtable<String, Object> environment; // null when created without an environment

        protected AbstractContext(Hashtable<?, ?> env) {
            if (env != null) {
                Hashtable<String, Object> copy = new Hashtable<>();
                env.forEach((k, v) -> copy.put(String.valueOf(k), v));
                environment = copy;
            }
        }

        public final Object lookup(String name) throws NamingException {
            if (name.isEmpty()) return this;
            Object o = doLookup(normalize(name));
            if (o == null) throw new NameNotFoundException(name);
            return o;
        }

        /** Template method: returns null when the name is not bound here. */
        protected abstract Object doLookup(String normalizedName) throws NamingException;

        protected final String normalize(String name) {
            return caseInsensitive() ? name.toLowerCase(Locale.ROOT) : name;
        }

        protected final boolean caseInsensitive() {
            return environment != null && Boolean.parseBoolean(String.valueOf(environment.get("naming.caseInsensitive")));
        }

        public Object addToEnvironment(String key, Object value) {
            if (key == null || value == null) throw new IllegalArgumentException("Hashtable rejects nulls");
            if (environment == null) environment = new Hashtable<>();
            return environment.put(key, value);
        }

        public Object removeFromEnvironment(String key) {
            if (environment == null || key == null) return null;
            Object old = environment.remove(key);
            if (environment.isEmpty()) environment = null;
            return old;
        }

        public Hashtable<String, Object> getEnvironment() {
            return environment == null ? new Hashtable<>() : new Hashtable<>(environment);
        }

        public void close() { environment = null; }
    }

    public static final class MemoryContext extends AbstractContext {
        private final Map<String, Object> bindings = new HashMap<>();

        public MemoryContext(Hashtable<?, ?> env) { super(env); }

        public void bind(String name, Object value) { bindings.put(normalize(name), value); }

        @Override protected Object doLookup(String normalizedName) { return bindings.get(normalizedName); }
    }

    public static final class FederatedContext extends AbstractContext {
        private final List<AbstractContext> delegates;

        public FederatedContext(List<AbstractContext> delegates) {
            super(null);
            this.delegates = List.copyOf(delegates);
        }

        @Override protected Object doLookup(String normalizedName) throws NamingException {
            for (AbstractContext c : delegates) {
                try {
                    return c.lookup(normalizedName);
                } catch (NameNotFoundException notHere) {
                    // try the next delegate
                }
            }
            return null;
        }
    }

    public static void main(String[] args) throws NamingException {
        MemoryContext plain = new MemoryContext(null);
        assert !plain.caseInsensitive() && plain.getEnvironment().isEmpty() && plain.removeFromEnvironment("x") == null;
        plain.bind("jdbc/Main", "ds-main");
        assert plain.lookup("jdbc/Main").equals("ds-main") && plain.lookup("") == plain;
        boolean notFound = false;
        try { plain.lookup("JDBC/MAIN"); } catch (NameNotFoundException expected) { notFound = true; }
        assert notFound;

        Hashtable<String, String> env = new Hashtable<>();
        env.put("naming.caseInsensitive", "true");
        MemoryContext relaxed = new MemoryContext(env);
        relaxed.bind("jms/Queue", "q1");
        assert relaxed.caseInsensitive() && relaxed.lookup("JMS/QUEUE").equals("q1");
        assert "true".equals(relaxed.removeFromEnvironment("naming.caseInsensitive"));
        assert !relaxed.caseInsensitive() && relaxed.getEnvironment().isEmpty();
        assert relaxed.addToEnvironment("naming.caseInsensitive", "TRUE") == null && relaxed.caseInsensitive();
        boolean rejected = false;
        try { relaxed.addToEnvironment("k", null); } catch (IllegalArgumentException expected) { rejected = true; }
        assert rejected;
        relaxed.close();
        assert !relaxed.caseInsensitive() && relaxed.getEnvironment().isEmpty();

        FederatedContext all = new FederatedContext(List.of(plain, relaxed));
        assert all.lookup("jdbc/Main").equals("ds-main") && all.lookup("jms/queue").equals("q1");
        boolean nowhere = false;
        try { all.lookup("ejb/Missing"); } catch (NameNotFoundException expected) { nowhere = true; }
        assert nowhere && all.getEnvironment().isEmpty();
        System.out.println("F21 ok");
    }
}
