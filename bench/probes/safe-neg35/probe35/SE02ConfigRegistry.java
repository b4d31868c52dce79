package probe35;

import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Namespaced key/value configuration. The backing table is created lazily by the
 * private accessor and thrown away by clear(), so an unused registry costs nothing.
 */
public class SE02ConfigRegistry {
    private final String namespace;
    private LinkedHashMap<String, String> properties; // lazily created, dropped by clear()
    private int allocations;

    public SE02ConfigRegistry(String namespace) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    private LinkedHashMap<String, String> properties() {
        if (properties == null) {
            properties = new LinkedHashMap<>();
            allocations++;
        }
        return properties;
    }

    private String qualify(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("blank key");
        }
        return namespace + "." + key;
    }

    public void set(String key, String value) {
        properties().put(qualify(key), Objects.requireNonNull(value, "value"));
    }

    public String get(String key) {
        return properties().get(qualify(key));
    }

    public String require(String key) {
        String value = get(key);
        if (value == null) {
            throw new NoSuchElementException("missing config " + qualify(key));
        }
        return value;
    }

    public int size() {
        return properties().size();
    }

    public String dump() {
        StringBuilder out = new StringBuilder();
        properties().forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    public void clear() {
        properties = null;
    }

    public int allocations() {
        return allocations;
    }

    public static void main(String[] args) {
        SE02ConfigRegistry config = new SE02ConfigRegistry("server");
        check(config.allocations() == 0, "nothing allocated yet");
        check(config.get("port") == null, "empty before first set");
        check(config.size() == 0, "size before set");
        expect(IllegalArgumentException.class, () -> config.set(" ", "x"));

        config.set("port", "8080");
        config.set("host", "localhost");
        check("8080".equals(config.require("port")), "port");
        check(config.dump().equals("server.port=8080\nserver.host=localhost\n"), "dump order");
        expect(NoSuchElementException.class, () -> config.require("tls"));

        for (int round = 0; round < 2; round++) {
            config.clear();
            check(config.get("port") == null, "cleared");
            check(config.dump().isEmpty(), "dump after clear");
            config.clear();
            expect(NoSuchElementException.class, () -> config.require("host"));
        }

        config.set("port", "9090");
        check(config.size() == 1 && "9090".equals(config.require("port")), "recreated");
        check(config.allocations() >= 3, "reallocated after clears");
        System.out.println("SE02ConfigRegistry ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
