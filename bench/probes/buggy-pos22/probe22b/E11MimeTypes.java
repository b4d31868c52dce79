package probe22b;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Static MIME type registry used by a small embedded web server. */
public final class E11MimeTypes {

    private static final String FILE = "E11MimeTypes.java";

    private static Map<String, String> byExtension;
    private static final Map<String, String> custom = new HashMap<>();

    private E11MimeTypes() {
    }

    /** Called once at server start. The "minimal" profile skips the built-in table. */
    public static synchronized void init(String profile) {
        if ("minimal".equals(profile)) {
            if (!custom.isEmpty()) {
                byExtension = new HashMap<>(custom);
            }
            return;
        }
        byExtension = new HashMap<>();
        byExtension.put("html", "text/html");
        byExtension.put("css", "text/css");
        byExtension.put("js", "text/javascript");
        byExtension.put("png", "image/png");
        byExtension.putAll(custom);
    }

    public static synchronized void registerCustom(String ext, String type) {
        custom.put(ext, type);
        if (byExtension != null) {
            byExtension.put(ext, type);
        }
    }

    public static String lookup(String filename) {
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return byExtension.getOrDefault(ext, "application/octet-stream"); // BUG
    }

    public static boolean isKnown(String ext) {
        Map<String, String> table = byExtension;
        return table != null && table.containsKey(ext);
    }

    public static Set<String> extensions() {
        return Collections.unmodifiableSet(byExtension.keySet()); // BUG
    }

    public static synchronized int size() {
        return byExtension == null ? 0 : byExtension.size();
    }

    static synchronized void resetForTests() {
        byExtension = null;
        custom.clear();
    }

    public static void main(String[] args) {
        assert !isKnown("html") && size() == 0;
        registerCustom("wasm", "application/wasm");
        init("default");
        assert lookup("index.HTML").equals("text/html") && lookup("app.wasm").equals("application/wasm");
        assert lookup("README").equals("application/octet-stream") && extensions().size() == 5;
        registerCustom("svg", "image/svg+xml");
        assert isKnown("svg") && size() == 6;
        resetForTests();
        registerCustom("txt", "text/plain");
        init("minimal");
        assert lookup("a.txt").equals("text/plain") && extensions().size() == 1;
        resetForTests();
        init("minimal");
        assert !isKnown("txt") && size() == 0;

        prove(46, () -> lookup("logo.png"));
        prove(55, () -> extensions());
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
