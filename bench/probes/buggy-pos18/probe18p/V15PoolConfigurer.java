package probe18p;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;

/** Spring-like configurer for a JDBC connection pool, wired by a tiny property-injection container. */
public class V15PoolConfigurer {

    /** Resolves beans by name; an unknown optional bean resolves to null. */
    static final class Container {
        private final Map<String, Object> beans = new HashMap<>();

        void define(String name, Object bean) {
            beans.put(name, bean);
        }

        <T> T resolveOptional(String name, Class<T> type) {
            Object bean = beans.get(name);
            return bean == null ? null : type.cast(bean);
        }
    }

    private Properties jdbcProperties;
    private Hashtable<String, Integer> timeouts;
    private final Map<String, Integer> limits = new HashMap<>();

    public void setJdbcProperties(Properties jdbcProperties) {
        this.jdbcProperties = jdbcProperties;
    }

    public void setTimeouts(Hashtable<String, Integer> timeouts) {
        this.timeouts = timeouts;
    }

    public void setLimit(String name, int value) {
        limits.put(name, value);
    }

    public String jdbcUrl() {
        return jdbcProperties.getProperty("url", "jdbc:h2:mem:test"); // BUG
    }

    public int maxActive() {
        int max = limits.get("maxActive"); // BUG
        return Math.max(1, max);
    }

    public int minIdle() {
        Integer v = limits.get("minIdle");
        return v == null ? 0 : v;
    }

    public long connectTimeoutMillis() {
        int seconds = timeouts.get("connect"); // BUG
        return seconds * 1000L;
    }

    static V15PoolConfigurer wire(Container c) {
        V15PoolConfigurer cfg = new V15PoolConfigurer();
        cfg.setJdbcProperties(c.resolveOptional("jdbcProperties", Properties.class));
        cfg.setTimeouts(c.resolveOptional("poolTimeouts", PoolTimeouts.class));
        return cfg;
    }

    /** Named subclass so the container can hand it out with a concrete type. */
    static final class PoolTimeouts extends Hashtable<String, Integer> {
        private static final long serialVersionUID = 1L;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V15PoolConfigurer.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V15PoolConfigurer.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Container full = new Container();
        Properties p = new Properties();
        p.setProperty("url", "jdbc:postgresql://db/app");
        full.define("jdbcProperties", p);
        PoolTimeouts t = new PoolTimeouts();
        t.put("connect", 5);
        full.define("poolTimeouts", t);
        V15PoolConfigurer cfg = wire(full);
        cfg.setLimit("maxActive", 20);
        System.out.println(cfg.jdbcUrl() + " max=" + cfg.maxActive() + " minIdle=" + cfg.minIdle()
                + " connect=" + cfg.connectTimeoutMillis());

        prove(42, () -> wire(new Container()).jdbcUrl());
        prove(46, () -> {
            V15PoolConfigurer c = wire(full);
            c.setLimit("maxIdle", 8); // only maxIdle configured in application.properties
            c.maxActive();
        });
        prove(56, () -> {
            Container partial = new Container();
            partial.define("jdbcProperties", p);
            wire(partial).connectTimeoutMillis();
        });
    }
}
