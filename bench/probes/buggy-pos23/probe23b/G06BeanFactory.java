package probe23b;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** DI container; the base constructor calls overridable hooks before the subclass maps exist. */
public class G06BeanFactory {
    private static final String FILE = "G06BeanFactory.java";
    private static final int L1 = 55;
    private static final int L2 = 60;

    static class BeanFactory {
        protected final Map<String, Object> singletons = new LinkedHashMap<>();

        BeanFactory(boolean eager, String... names) {
            for (String n : names) {
                register(n, "bean:" + n);
            }
            if (eager) {
                registerDefaults();
            }
        }

        void register(String name, Object bean) {
            singletons.put(name, bean);
            onRegister(name);
        }

        protected void registerDefaults() {
            singletons.putIfAbsent("environment", "env");
        }

        protected void onRegister(String name) {
        }

        Object getBean(String name) {
            return singletons.get(name);
        }
    }

    static class ScopedBeanFactory extends BeanFactory {
        private final Map<String, String> scopes = new HashMap<>();
        private final TreeMap<String, Integer> registrationOrder = new TreeMap<>();

        ScopedBeanFactory(boolean eager, String... names) {
            super(eager, names);
            scopes.putIfAbsent("environment", "singleton");
        }

        @Override
        protected void registerDefaults() {
            super.registerDefaults();
            scopes.put("request", "request"); // BUG
        }

        @Override
        protected void onRegister(String name) {
            registrationOrder.merge(name, registrationOrder.size(), (a, b) -> a); // BUG
        }

        void registerScoped(String name, Object bean, String scope) {
            register(name, bean);
            scopes.put(name, scope);
        }

        String scopeOf(String name) {
            return scopes == null ? "singleton" : scopes.getOrDefault(name, "singleton");
        }

        int order(String name) {
            Integer i = registrationOrder != null ? registrationOrder.get(name) : null;
            return i == null ? -1 : i;
        }
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
        BeanFactory base = new BeanFactory(true, "dataSource");
        assert "env".equals(base.getBean("environment"));
        assert "bean:dataSource".equals(base.getBean("dataSource"));
        ScopedBeanFactory scoped = new ScopedBeanFactory(false);
        scoped.registerScoped("cart", "c", "session");
        scoped.register("clock", "k");
        assert "session".equals(scoped.scopeOf("cart"));
        assert "singleton".equals(scoped.scopeOf("environment"));
        assert scoped.order("clock") == 1;
        assert scoped.order("none") == -1;
        scoped.registerDefaults();
        assert "request".equals(scoped.scopeOf("request"));

        try {
            new ScopedBeanFactory(true);
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            new ScopedBeanFactory(false, "dataSource");
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
