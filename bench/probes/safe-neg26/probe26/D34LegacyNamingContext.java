package probe26;

import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

/**
 * In-memory naming context of a legacy application server, in the style of JNDI: the
 * environment table may legitimately be null (as with InitialContext), and the bindings
 * table is created on the first bind and released by close().
 */
public final class D34LegacyNamingContext {

    private Hashtable<String, String> environment; // may be null, as with javax.naming.InitialContext(null)
    private Hashtable<String, Object> bindings;    // null until the first bind, null after close()
    private boolean closed;

    public D34LegacyNamingContext(Hashtable<String, String> env) {
        this.environment = env == null ? null : new Hashtable<>(env);
    }

    private Map<String, String> env() {
        return environment != null ? environment : Collections.emptyMap();
    }

    public String providerUrl() {
        return env().getOrDefault("java.naming.provider.url", "local:");
    }

    public void addToEnvironment(String key, String value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("null environment entry");
        }
        if (environment == null) {
            environment = new Hashtable<>();
        }
        environment.put(key, value);
    }

    public String removeFromEnvironment(String key) {
        return environment == null || key == null ? null : environment.remove(key);
    }

    public void bind(String name, Object obj) {
        if (closed) {
            throw new IllegalStateException("context closed");
        }
        if (name == null || obj == null) {
            throw new IllegalArgumentException("null binding");
        }
        if (bindings == null) {
            bindings = new Hashtable<>();
        }
        if (bindings.putIfAbsent(name, obj) != null) {
            throw new IllegalArgumentException("already bound: " + name);
        }
    }

    public Object lookup(String name) {
        if (bindings == null || name == null) {
            return null;
        }
        return bindings.get(name);
    }

    public boolean unbind(String name) {
        return bindings != null && name != null && bindings.remove(name) != null;
    }

    public List<String> list() {
        if (bindings == null) {
            return List.of();
        }
        List<String> names = Collections.list(bindings.keys());
        Collections.sort(names);
        return names;
    }

    public void close() {
        closed = true;
        bindings = null;
        environment = null;
    }

    public boolean isClosed() {
        return closed;
    }

    public static void main(String[] args) {
        D34LegacyNamingContext ctx = new D34LegacyNamingContext(null);
        System.out.println(ctx.providerUrl() + " " + ctx.lookup("jdbc/main") + " " + ctx.unbind("x") + " " + ctx.list()
                + " " + ctx.removeFromEnvironment("k"));
        ctx.addToEnvironment("java.naming.provider.url", "iiop://host:900");
        ctx.bind("jdbc/main", "DataSource[main]");
        ctx.bind("jms/queue", "Queue[orders]");
        System.out.println(ctx.providerUrl() + " " + ctx.lookup("jdbc/main") + " " + ctx.list() + " " + ctx.unbind("jms/queue"));
        System.out.println(ctx.removeFromEnvironment("java.naming.provider.url") + " " + ctx.providerUrl());
        ctx.close();
        System.out.println(ctx.isClosed() + " " + ctx.lookup("jdbc/main") + " " + ctx.list() + " " + ctx.providerUrl());
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.provider.url", "ldap://dir:389");
        D34LegacyNamingContext ldap = new D34LegacyNamingContext(env);
        System.out.println(ldap.providerUrl() + " " + ldap.list());
    }
}
