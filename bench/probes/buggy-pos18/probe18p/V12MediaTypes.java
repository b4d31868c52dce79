package probe18p;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Content-type and URI-scheme constants with self-registering lookup tables. */
public class V12MediaTypes {

    enum Format {
        JSON("application/json", "json"),
        XML("application/xml", "xml"),
        CSV("text/csv", "csv");

        private static final Map<String, Format> BY_EXTENSION = new HashMap<>();

        final String mimeType;

        Format(String mimeType, String extension) {
            this.mimeType = mimeType;
            register(extension, this);
        }

        private static void register(String extension, Format f) {
            BY_EXTENSION.put(extension, f); // BUG
        }

        static Format forExtension(String ext) {
            return BY_EXTENSION.get(ext.toLowerCase(Locale.ROOT));
        }
    }

    enum Charset {
        UTF8("utf-8"),
        LATIN1("iso-8859-1");

        private static final Map<String, Charset> BY_NAME = new HashMap<>();

        static {
            for (Charset c : values()) {
                BY_NAME.put(c.label, c);
            }
        }

        final String label;

        Charset(String label) {
            this.label = label;
        }

        static Charset forName(String name) {
            return BY_NAME.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static final class Scheme {
        final String name;
        final int defaultPort;

        Scheme(String name, int defaultPort) {
            this.name = name;
            this.defaultPort = defaultPort;
            Schemes.KNOWN.putIfAbsent(name, this); // BUG
        }
    }

    static final class Schemes {
        static final Scheme HTTP = new Scheme("http", 80);
        static final Scheme HTTPS = new Scheme("https", 443);
        static final Map<String, Scheme> KNOWN = new HashMap<>();

        static int portFor(String scheme) {
            Scheme s = KNOWN.get(scheme);
            return s == null ? -1 : s.defaultPort;
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V12MediaTypes.java:" + line;
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
        if (top != null && "V12MediaTypes.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        System.out.println("charset " + Charset.forName("UTF-8"));

        prove(25, () -> System.out.println(Format.forExtension("json").mimeType));
        prove(63, () -> System.out.println(Schemes.portFor("https") + " " + Schemes.HTTPS.name));
    }
}
