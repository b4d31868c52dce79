package probe24b;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

public class J04ConfigLoader {

    private static Properties defaults;

    private Properties props;
    private final List<String> warnings = new ArrayList<>();

    static void initDefaults(String profile) {
        defaults = switch (profile) {
            case "dev" -> devDefaults();
            case "prod" -> prodDefaults();
            default -> fromClasspath("/probe24b/" + profile + ".properties");
        };
    }

    private static Properties devDefaults() {
        Properties p = new Properties();
        p.setProperty("log.level", "DEBUG");
        p.setProperty("threads", "2");
        return p;
    }

    private static Properties prodDefaults() {
        Properties p = new Properties();
        p.setProperty("log.level", "WARN");
        p.setProperty("threads", "16");
        return p;
    }

    private static Properties fromClasspath(String resource) {
        InputStream in = J04ConfigLoader.class.getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            return null;
        }
        return p;
    }

    static String defaultFor(String key) {
        return defaults.getProperty(key); // BUG
    }

    static boolean hasDefault(String key) {
        return defaults != null && defaults.containsKey(key);
    }

    void load(Path file) {
        if (!Files.isRegularFile(file)) {
            warnings.add("missing " + file);
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            warnings.add("unreadable " + file + ": " + e.getMessage());
            return;
        }
        props = p;
    }

    String get(String key) {
        return props.getProperty(key); // BUG
    }

    String getOrDefault(String key, String fallback) {
        if (props == null) {
            return hasDefault(key) ? defaultFor(key) : fallback;
        }
        String v = props.getProperty(key);
        return v != null ? v : fallback;
    }

    int threads() {
        return Integer.parseInt(getOrDefault("threads", "1"));
    }

    public static void main(String[] args) throws IOException {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        initDefaults("dev");
        assert defaultFor("threads").equals("2") && hasDefault("log.level") && !hasDefault("port");
        Path tmp = Files.createTempFile("probe24b-j04", ".properties");
        Files.writeString(tmp, "threads=8\nlog.level=INFO\n");
        J04ConfigLoader cfg = new J04ConfigLoader();
        cfg.load(tmp);
        Files.delete(tmp);
        assert cfg.get("threads").equals("8") && cfg.threads() == 8 && cfg.getOrDefault("port", "80").equals("80");
        J04ConfigLoader missing = new J04ConfigLoader();
        missing.load(tmp);
        assert missing.warnings.size() == 1 && missing.threads() == 2;
        initDefaults("prod");
        assert missing.getOrDefault("log.level", "INFO").equals("WARN") && missing.threads() == 16;

        try {
            initDefaults("staging");
            defaultFor("threads");
            missed(56);
        } catch (NullPointerException e) { report(e, 56); }
        try {
            missing.get("threads");
            missed(79);
        } catch (NullPointerException e) { report(e, 79); }
    }

    private static final String FILE = "J04ConfigLoader.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
