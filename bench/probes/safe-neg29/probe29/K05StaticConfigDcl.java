package probe29;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;

/** Application settings loaded lazily from an in-memory source with double-checked locking. */
public final class K05StaticConfigDcl {

    private static final Object LOCK = new Object();
    private static volatile Properties settings;
    private static String source = "app.name=probe\napp.threads=4\napp.debug=true\n";

    private K05StaticConfigDcl() {
    }

    private static Properties settings() {
        Properties local = settings;
        if (local == null) {
            synchronized (LOCK) {
                local = settings;
                if (local == null) {
                    local = parse(source);
                    settings = local;
                }
            }
        }
        return local;
    }

    private static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read settings", e);
        }
        return p;
    }

    public static String get(String key, String fallback) {
        return settings().getProperty(key, fallback);
    }

    public static int getInt(String key, int fallback) {
        String raw = settings().getProperty(key);
        if (raw == null || !raw.trim().matches("-?\\d{1,9}")) {
            return fallback;
        }
        return Integer.parseInt(raw.trim());
    }

    public static boolean isLoaded() {
        return settings != null;
    }

    /** Replaces the source; settings are re-read on next access. */
    public static void reconfigure(String text) {
        synchronized (LOCK) {
            source = text;
            settings = null;
        }
    }

    public static int size() {
        Properties local = settings;
        return local == null ? 0 : local.size();
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("loaded=" + isLoaded() + " size=" + size());
        Thread[] readers = new Thread[4];
        int[] seen = new int[readers.length];
        for (int i = 0; i < readers.length; i++) {
            final int slot = i;
            readers[i] = new Thread(() -> seen[slot] = getInt("app.threads", -1));
            readers[i].start();
        }
        for (Thread t : readers) {
            t.join();
        }
        System.out.println("threads seen=" + seen[0] + seen[1] + seen[2] + seen[3]);
        System.out.println("name=" + get("app.name", "?") + " debug=" + get("app.debug", "false")
                + " missing=" + getInt("app.port", 8080) + " size=" + size());
        reconfigure("app.name=reloaded\napp.threads=many\n");
        System.out.println("loaded=" + isLoaded() + " size=" + size());
        System.out.println("name=" + get("app.name", "?") + " threads=" + getInt("app.threads", 1));
        System.out.println("loaded=" + isLoaded() + " size=" + size());
    }
}
