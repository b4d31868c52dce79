package probe17p;

import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.Map;

/** A tiny service locator whose registry is injected through a setter by the "container". */
public class R04ServiceLocator {

    private final String name;
    private Map<Class<?>, Object> registry;

    public R04ServiceLocator(String name) {
        this.name = name;
    }

    public void setRegistry(Map<Class<?>, Object> registry) {
        this.registry = registry;
    }

    public <T> T lookup(Class<T> type) {
        Object svc = registry.get(type); // BUG
        if (svc == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " in " + name);
        }
        return type.cast(svc);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(':');
        registry.forEach((k, v) -> sb.append(' ').append(k.getSimpleName())); // BUG
        return sb.toString();
    }

    public int serviceCount() {
        return registry == null ? 0 : registry.size();
    }

    /** A component that the container creates before it injects the registry. */
    static final class Mailer {
        private final R04ServiceLocator locator;

        Mailer(R04ServiceLocator locator) {
            this.locator = locator;
        }

        String send(String to) {
            Clock clock = locator.lookup(Clock.class);
            return "mail to " + to + " at " + clock.millis();
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R04ServiceLocator.java:" + line;
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
        if (top != null && "R04ServiceLocator.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R04ServiceLocator wired = new R04ServiceLocator("app");
        Map<Class<?>, Object> services = new IdentityHashMap<>();
        services.put(Clock.class, Clock.systemUTC());
        wired.setRegistry(services);
        System.out.println(new Mailer(wired).send("ops@example.org") + " / " + wired.describe());

        prove(22, () -> {
            R04ServiceLocator early = new R04ServiceLocator("early");
            Mailer mailer = new Mailer(early);
            mailer.send("boss@example.org"); // startup hook fires before setRegistry()
        });
        prove(31, () -> {
            R04ServiceLocator early = new R04ServiceLocator("diag");
            System.out.println("services=" + early.serviceCount());
            System.out.println(early.describe());
        });
    }
}
