package probe29;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Table of text codecs. The table is built on first use through a single
 * accessor; a holder class provides the default codec name.
 */
public final class K02LazyCodecTable {

    /** A reversible text transformation. */
    public interface Codec {
        String encode(String s);

        String decode(String s);
    }

    private static SortedMap<String, Codec> table;
    private static int builds;

    private static final class Defaults {
        static final String NAME = System.getProperty("probe29.codec", "identity");
    }

    private K02LazyCodecTable() {
    }

    private static synchronized SortedMap<String, Codec> table() {
        if (table == null) {
            table = build();
            builds++;
        }
        return table;
    }

    private static SortedMap<String, Codec> build() {
        SortedMap<String, Codec> t = new TreeMap<>();
        t.put("identity", new Codec() {
            @Override
            public String encode(String s) {
                return s;
            }

            @Override
            public String decode(String s) {
                return s;
            }
        });
        t.put("base64", new Codec() {
            @Override
            public String encode(String s) {
                return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String decode(String s) {
                return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
            }
        });
        t.put("reverse", new Codec() {
            @Override
            public String encode(String s) {
                return new StringBuilder(s).reverse().toString();
            }

            @Override
            public String decode(String s) {
                return encode(s);
            }
        });
        return t;
    }

    public static Codec codec(String name) {
        Codec c = table().get(name.toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new IllegalArgumentException("unknown codec: " + name);
        }
        return c;
    }

    public static Codec defaultCodec() {
        return codec(Defaults.NAME);
    }

    public static Set<String> available() {
        return Collections.unmodifiableSet(table().keySet());
    }

    /** Drops the table; it is rebuilt on the next request. */
    public static synchronized void invalidate() {
        table = null;
    }

    public static synchronized int builds() {
        return builds;
    }

    public static void main(String[] args) {
        System.out.println("builds before use=" + builds());
        String enc = codec("BASE64").encode("hello codec");
        System.out.println(enc + " -> " + codec("base64").decode(enc));
        System.out.println("default=" + defaultCodec().encode("x"));
        invalidate();
        invalidate();
        System.out.println("available=" + available());
        System.out.println("reverse=" + codec("reverse").decode("olleh"));
        try {
            codec("rot13");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println("builds=" + builds());
    }
}
