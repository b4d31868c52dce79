package probe31;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Layered configuration loader: built-in defaults, an optional overrides file
 * and, in encrypted mode, a secret store.
 */
public final class BF06ConfigLoader {

    enum Mode { PLAIN, ENCRYPTED }

    private final Map<String, String> files;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Mode mode;
    private final Map<String, String> secrets;
    private Map<String, String> overrides;
    private boolean loaded;

    BF06ConfigLoader(Map<String, String> files, Mode mode) {
        this.files = files;
        this.mode = mode;
        this.secrets = mode == Mode.ENCRYPTED ? new HashMap<>() : null;
        defaults.put("port", "8080");
        defaults.put("host", "localhost");
    }

    /** Parses "key=value" lines; a file without any setting means "nothing to override". */
    private static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq > 0) {
                out.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
            }
        }
        return out.isEmpty() ? null : out;
    }

    void load(String path) {
        overrides = parse(files.getOrDefault(path, ""));
        loaded = true;
    }

    String get(String key) {
        Map<String, String> layer = overrides;
        if (layer != null && layer.containsKey(key)) {
            return layer.get(key);
        }
        return defaults.get(key);
    }

    int overrideCount() {
        if (!loaded) {
            return 0;
        }
        return overrides.size();
    }

    void override(String key, String value) {
        if (overrides == null) {
            overrides = new LinkedHashMap<>();
        }
        overrides.put(key, value);
    }

    void putSecret(String key, String cipherText) {
        if (mode == Mode.ENCRYPTED) {
            secrets.put(key, cipherText);
        } else {
            defaults.put(key, "<redacted>");
        }
    }

    int secretCount() {
        return secrets == null ? 0 : secrets.size();
    }

    /** Re-wraps every stored secret under a new key id. */
    int rotateSecrets(String keyId) {
        int rotated = 0;
        for (Map.Entry<String, String> entry : secrets.entrySet()) {
            entry.setValue(keyId + ":" + entry.getValue());
            rotated++;
        }
        return rotated;
    }

    public static void main(String[] args) {
        Map<String, String> files = Map.of(
                "app.conf", "port=9090\n# comment\nhost = example.org\n",
                "empty.conf", "# everything commented out\n# port=1\n");
        BF06ConfigLoader plain = new BF06ConfigLoader(files, Mode.PLAIN);
        System.out.println("before load count=" + plain.overrideCount() + " port=" + plain.get("port"));
        plain.load("app.conf");
        plain.override("debug", "true");
        System.out.println("port=" + plain.get("port") + " host=" + plain.get("host") + " count=" + plain.overrideCount());
        plain.putSecret("token", "abc");
        System.out.println("plain secrets=" + plain.secretCount() + " token=" + plain.get("token"));
        BF06ConfigLoader vault = new BF06ConfigLoader(files, Mode.ENCRYPTED);
        vault.putSecret("token", "c1ph3r");
        vault.putSecret("dbpass", "s3cr3t");
        System.out.println("vault rotated=" + vault.rotateSecrets("k2") + " secrets=" + vault.secretCount());
        BF06ConfigLoader blank = new BF06ConfigLoader(files, Mode.PLAIN);
        blank.load("empty.conf");
        System.out.println("blank port=" + blank.get("port"));

        int proved = 0;
        proved += expect(64, () -> {
            BF06ConfigLoader loader = new BF06ConfigLoader(files, Mode.PLAIN);
            loader.load("empty.conf");
            loader.overrideCount();
        });
        proved += expect(89, () -> plain.rotateSecrets("k3"));
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF06ConfigLoader.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
