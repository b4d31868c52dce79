package probe32;

import java.util.HashMap;
import java.util.Map;

/**
 * Resolves ${NAME} and ${NAME:-default} placeholders against a process-wide environment
 * snapshot, as config loaders (Spring Boot, Quarkus SmallRye) do. The snapshot lives in a
 * static field that is built lazily by a static accessor and discarded by invalidate().
 */
public final class SA12EnvVarResolver {

    private static Map<String, String> snapshot; // null until first use, null after invalidate()
    private static int loads;

    private SA12EnvVarResolver() {
    }

    private static synchronized Map<String, String> env() {
        if (snapshot == null) {
            Map<String, String> m = new HashMap<>();
            m.put("APP_NAME", "probe");
            m.put("APP_PORT", "8080");
            loads++;
            snapshot = m;
        }
        return snapshot;
    }

    public static synchronized void define(String name, String value) {
        env().put(name, value);
    }

    public static String resolve(String text) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < text.length()) {
            int start = text.indexOf("${", pos);
            if (start < 0) {
                break;
            }
            int end = text.indexOf('}', start);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed placeholder in: " + text);
            }
            out.append(text, pos, start);
            String expr = text.substring(start + 2, end);
            int sep = expr.indexOf(":-");
            String name = sep < 0 ? expr : expr.substring(0, sep);
            String value = env().get(name);
            if (value == null) {
                value = sep < 0 ? "" : expr.substring(sep + 2);
            }
            out.append(value);
            pos = end + 1;
        }
        return out.append(text.substring(pos)).toString();
    }

    public static synchronized void invalidate() {
        snapshot = null;
    }

    public static synchronized int loads() {
        return loads;
    }

    public static void main(String[] args) {
        invalidate();
        System.out.println("loads before=" + loads());
        System.out.println(resolve("${APP_NAME} listening on ${APP_PORT}, mode=${MODE:-dev}"));
        define("MODE", "prod");
        System.out.println(resolve("mode=${MODE:-dev} plain text"));
        invalidate();
        invalidate();
        System.out.println("after invalidate: " + resolve("mode=${MODE:-dev}") + " loads=" + loads());
        try {
            resolve("${BROKEN");
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
        invalidate();
        define("X", "1");
        System.out.println(resolve("x=${X}") + " loads=" + loads());
    }
}
