package probe33;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A content-coding registry in the style of OkHttp/Netty constant pools: well-known codecs
 * are static constants that register themselves (from the Codec constructor) into a static
 * map. The map has no initialiser; it is assigned by the first static block, which is
 * textually before every constant, so by Java's initialisation order it exists before the
 * first self-registration runs.
 */
public final class SC25CodecRegistry {

    private static Map<String, Codec> byName;
    private static int registrations;

    static {
        byName = new LinkedHashMap<>();
    }

    public static final Codec IDENTITY = new Codec("identity", s -> s, s -> s);
    public static final Codec BASE64 = new Codec("base64",
            s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)),
            s -> new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
    public static final Codec REVERSE = new Codec("x-reverse",
            s -> new StringBuilder(s).reverse().toString(),
            s -> new StringBuilder(s).reverse().toString());

    public static final class Codec {
        private final String name;
        private final UnaryOperator<String> encoder;
        private final UnaryOperator<String> decoder;

        public Codec(String name, UnaryOperator<String> encoder, UnaryOperator<String> decoder) {
            this.name = name.toLowerCase(Locale.ROOT);
            this.encoder = encoder;
            this.decoder = decoder;
            register(this);
        }

        public String name() {
            return name;
        }

        public String encode(String s) {
            return encoder.apply(s);
        }

        public String decode(String s) {
            return decoder.apply(s);
        }
    }

    private SC25CodecRegistry() {
    }

    private static void register(Codec c) {
        if (byName.putIfAbsent(c.name(), c) != null) {
            throw new IllegalArgumentException("duplicate codec " + c.name());
        }
        registrations++;
    }

    public static Codec forName(String name) {
        Codec c = byName.get(name.toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new UnsupportedOperationException("unsupported content-coding: " + name);
        }
        return c;
    }

    public static String names() {
        return String.join(",", byName.keySet());
    }

    public static int registrations() {
        return registrations;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        check(names().equals("identity,base64,x-reverse"), "builtins " + names());
        check(registrations() == 3, "3 registrations");
        check(forName("BASE64") == BASE64 && forName("identity") == IDENTITY, "lookup");
        check(BASE64.decode(BASE64.encode("héllo")).equals("héllo"), "roundtrip");
        check(REVERSE.encode("abc").equals("cba") && IDENTITY.decode("x").equals("x"), "codecs");
        try {
            forName("br");
            throw new AssertionError("expected UOE");
        } catch (UnsupportedOperationException expected) {
            // ok
        }
        try {
            new Codec("Identity", s -> s, s -> s);
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        Codec upper = new Codec("x-upper", s -> s.toUpperCase(Locale.ROOT), s -> s.toLowerCase(Locale.ROOT));
        check(forName("X-Upper") == upper && upper.encode("a").equals("A") && upper.name().equals("x-upper"), "custom");
        check(registrations() == 4 && names().endsWith(",x-upper"), "4 registrations");
        System.out.println("SC25 ok " + names());
    }
}
