package probe21b;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;

/** Process-wide application configuration read from properties text, plus command-line overrides. */
public final class C10ConfigLoader {

    private static final String FILE = "C10ConfigLoader.java";

    /** The active configuration; {@code null} before the first load and while a reload fails. */
    private static Properties current;
    /** Command-line overrides; created together with {@link #current} by every load. */
    private static Properties overrides;

    private C10ConfigLoader() {
    }

    static boolean isLoaded() {
        return current != null;
    }

    static void load(String text) throws IOException {
        if (text.isBlank()) {
            throw new IOException("empty configuration");
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        current = p;
        overrides = new Properties();
    }

    /** Re-reads the configuration; the old one is dropped first so that nobody sees a mix. */
    static void reload(String text) {
        current = null;
        try {
            load(text);
        } catch (IOException e) {
            overrides.setProperty("reload.error", e.getMessage()); // BUG
        }
    }

    static String get(String key) {
        if (isLoaded()) {
            return overrides.getProperty(key, current.getProperty(key));
        }
        return null;
    }

    static int size() {
        return isLoaded() ? current.size() + overrides.size() : 0;
    }

    /** Applies a command-line override and marks the key in the active configuration. */
    static void override(String key, String value) {
        if (overrides == null) {
            throw new IllegalStateException("configuration never loaded");
        }
        overrides.setProperty(key, value);
        current.setProperty(key + ".overridden", "true"); // BUG
    }

    static void shutdown() {
        current = null;
        overrides = null;
    }

    public static void main(String[] args) {
        reload("app.name=shop\napp.port=8080");
        String out = get("app.port");
        override("app.port", "9090");
        out += get("app.port") + size();
        reload(" ");
        out += get("app.port") + size();
        reload("app.name=shop");
        out += get("app.name");
        shutdown();
        System.out.println("safe: " + out);

        prove(FILE, 40, () -> {
            shutdown();
            reload("");
        });
        prove(FILE, 61, () -> {
            reload("app.name=shop");
            reload("\n");
            override("app.debug", "true");
        });
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
